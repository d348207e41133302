using LiveFunctions.Emulator.LiveConfig.Common;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.RecordConfig;

/// <summary>What Add and Update of an OSS recording config both read, validated.</summary>
internal sealed record RecordConfigRequest(
    string DomainName,
    string AppName,
    string StreamName,
    string OssEndpoint,
    string? OssBucket,
    string? StartTime,
    string? EndTime,
    int OnDemand,
    int? DelayTime,
    IReadOnlyList<RecordFormatState> RecordFormats,
    IReadOnlyList<RecordFormatState> TranscodeRecordFormats,
    IReadOnlyList<string> TranscodeTemplates);

/// <summary>
/// The rules of AddLiveAppRecordConfig / UpdateLiveAppRecordConfig (api-docs/live-UpdateLiveAppRecordConfig.txt,
/// spec §4.1, §6.1), in the order the document lists the parameters; the first broken rule is the answer.
/// </summary>
internal static class RecordConfigRules
{
    /// <summary>The recording formats.</summary>
    public static readonly IReadOnlyList<string> Formats = ["m3u8", "flv", "mp4", "cmaf"];

    /// <summary>The object name Update gives a format the config did not have (the documents' example naming).</summary>
    public const string DefaultOssObjectPrefix = "record/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}";

    /// <summary>The segment name Update gives a segmented format the config did not have.</summary>
    public const string DefaultSliceOssObjectPrefix = "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}";

    private const int LongestCycle = 6 * 3600;
    private static readonly TimeSpan SevenDays = TimeSpan.FromDays(7);
    private static readonly string[] PrefixVariables = ["AppName", "StreamName", "Sequence", "StartTime", "EndTime", "EscapedStartTime", "EscapedEndTime"];
    private static readonly string[] SliceVariables = ["AppName", "StreamName", "UnixTimestamp", "Sequence"];

    /// <summary>
    /// Reads the parameters. <paramref name="isAdd"/>: also <c>OssBucket</c> and the object-name prefixes (Update has
    /// neither). <paramref name="knownBuckets"/>: when not empty, the buckets that exist.
    /// </summary>
    public static RecordConfigRequest Read(ParameterReader parameters, DateTimeOffset now, bool isAdd, IReadOnlyCollection<string> knownBuckets)
    {
        var domain = parameters.Required("DomainName");
        var app = parameters.Required("AppName");
        var endpoint = parameters.Required("OssEndpoint");
        var bucket = isAdd ? parameters.Required("OssBucket") : null;
        if (endpoint.Length > 0 && !OssNames.IsEndpoint(endpoint))
        {
            parameters.Fail(ServiceErrors.Config.RecordOssEndpointMalformed);
        }

        OssNames.CheckBucket(parameters, bucket, knownBuckets);

        var stream = parameters.Optional("StreamName") ?? "";
        ReadTimes(parameters, now);
        var onDemand = parameters.OptionalInt("OnDemand") ?? 0;
        if (onDemand is not (0 or 1 or 2 or 7))
        {
            parameters.Fail(ServiceErrors.Malformed("OnDemand", "Valid values: 0, 1, 2, 7."));
        }

        var delay = parameters.OptionalInt("DelayTime", ServiceErrors.Config.DelayTimeInvalid);
        if (delay is < 15 or > 21600)
        {
            parameters.Fail(ServiceErrors.Config.DelayTimeInvalid);
        }

        var formats = ReadFormats(parameters, "RecordFormat", transcode: false, isAdd);
        var transcodeFormats = ReadFormats(parameters, "TranscodeRecordFormat", transcode: true, isAdd);
        if (formats.Count == 0 && transcodeFormats.Count == 0)
        {
            parameters.Fail(ServiceErrors.Missing("RecordFormat"));
        }

        var templates = parameters.List("TranscodeTemplates");
        if (templates.Count > 10)
        {
            parameters.Fail(ServiceErrors.Config.TemplateLengthMalformed);
        }

        if (templates.Any(template => string.Equals(template, "raw", StringComparison.OrdinalIgnoreCase)))
        {
            parameters.Fail(ServiceErrors.Config.TemplateForbidRaw);
        }

        if (transcodeFormats.Count > 0 && templates.Count == 0)
        {
            parameters.Fail(ServiceErrors.Config.MissingTemplate);
        }

        return new RecordConfigRequest(domain, app, stream, endpoint, bucket, parameters.Optional("StartTime"), parameters.Optional("EndTime"),
            onDemand, delay, formats, transcodeFormats, templates);
    }

    /// <summary>Update keeps each format's object names from the existing config (same format), else the defaults.</summary>
    public static IReadOnlyList<RecordFormatState> KeepNames(IReadOnlyList<RecordFormatState> updated, RecordConfigState existing) =>
        updated.Select(format =>
        {
            var previous = existing.RecordFormats.Concat(existing.TranscodeRecordFormats)
                .FirstOrDefault(old => old.Format == format.Format);
            return format with
            {
                OssObjectPrefix = previous?.OssObjectPrefix ?? DefaultOssObjectPrefix,
                SliceOssObjectPrefix = IsSegmented(format.Format) ? previous?.SliceOssObjectPrefix ?? DefaultSliceOssObjectPrefix : null,
            };
        }).ToList();

    /// <summary>m3u8 and cmaf record in segments (SliceDuration, SliceOssObjectPrefix apply).</summary>
    public static bool IsSegmented(string format) => format is "m3u8" or "cmaf";

    // StartTime/EndTime (stream-level): the documented layout; StartTime within 7 days of now; EndTime after
    // StartTime (or now when absent), after now, and at most 7 days later.
    private static void ReadTimes(ParameterReader parameters, DateTimeOffset now)
    {
        var start = parameters.OptionalTime("StartTime", ServiceErrors.StartTimeMalformed);
        var end = parameters.OptionalTime("EndTime", ServiceErrors.EndTimeMalformed);
        if (start is { } s && (s < now - SevenDays || s > now + SevenDays))
        {
            parameters.Fail(ServiceErrors.StartTimeMismatch);
        }

        if (end is { } e)
        {
            var from = start ?? now;
            if (e <= from || e <= now || e - from > SevenDays)
            {
                parameters.Fail(ServiceErrors.Config.EndTimeMismatch);
            }
        }
    }

    private static List<RecordFormatState> ReadFormats(ParameterReader parameters, string list, bool transcode, bool withNames)
    {
        var formats = new List<RecordFormatState>();
        foreach (var item in parameters.Objects(list))
        {
            var format = item.Required("Format");
            if (format.Length > 0 && !Formats.Contains(format))
            {
                item.Fail(ServiceErrors.Config.FormatMalformed);
            }

            if (formats.Any(existing => existing.Format == format))
            {
                item.Fail(ServiceErrors.Config.FormatRepeated);
            }

            var segmented = IsSegmented(format);
            // Transcoded flv/mp4 default to 1 h, everything else to 6 h (spec §6.1).
            var cycle = item.OptionalInt("CycleDuration", ServiceErrors.Config.CycleDurationMalformed) ?? (transcode && !segmented ? 3600 : LongestCycle);
            if (cycle is < 1 or > LongestCycle)
            {
                item.Fail(ServiceErrors.Config.CycleDurationMalformed);
            }

            var slice = segmented ? item.OptionalInt("SliceDuration", ServiceErrors.Config.SliceDurationMalformed) ?? 30 : 0;
            if (segmented && slice is < 5 or > 30)
            {
                item.Fail(ServiceErrors.Config.SliceDurationMalformed);
            }

            string? prefix = null;
            string? slicePrefix = null;
            if (withNames)
            {
                prefix = item.Optional("OssObjectPrefix");
                if (prefix is null)
                {
                    item.Fail(ServiceErrors.Config.MissingOssObjectPrefix);
                }
                else if (!OssNames.IsTemplate(prefix, PrefixVariables, ["StartTime", "EscapedStartTime"], ["EndTime", "EscapedEndTime"]))
                {
                    item.Fail(ServiceErrors.Config.OssObjectPrefixMalformed);
                }

                slicePrefix = segmented ? item.Optional("SliceOssObjectPrefix") : null;
                if (segmented && slicePrefix is null)
                {
                    item.Fail(ServiceErrors.Config.MissingSliceOssObjectPrefix);
                }
                else if (slicePrefix is not null && !OssNames.IsTemplate(slicePrefix, SliceVariables, ["UnixTimestamp"], ["Sequence"]))
                {
                    item.Fail(ServiceErrors.Config.SliceOssObjectPrefixMalformed);
                }
            }

            formats.Add(new RecordFormatState(format, cycle, slice, prefix, slicePrefix));
        }

        return formats;
    }
}
