using System.Globalization;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;

/// <summary>
/// The rules of the UpdateLiveAppRecordConfig document (docs/validation.md lists each rule, its code and its source
/// sentence). AddLiveAppRecordConfig shares them and adds its own.
/// </summary>
internal static class UpdateLiveAppRecordConfigValidator
{
    /// <summary>The recording formats the document lists.</summary>
    internal static readonly string[] Formats = ["m3u8", "flv", "mp4", "cmaf"];

    /// <summary>The recording modes the document lists for OnDemand.</summary>
    internal static readonly int[] OnDemandModes = [0, 1, 2, 7];

    /// <summary>"You can configure up to 10 transcoding templates at a time."</summary>
    internal const int MaxTemplates = 10;

    // The document gives no CycleDuration range; its own example is 1 and the default is 6 hours, so any positive value
    // up to 6 hours (21600 s) is accepted (docs/validation.md).
    internal const int MinCycleDuration = 1;
    internal const int MaxCycleDuration = 21600;

    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(7);

    public static IReadOnlyList<ValidationError> Validate(UpdateLiveAppRecordConfigRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationCollector();
        errors.Require("DomainName", request.DomainName);
        errors.Require("AppName", request.AppName);
        errors.Require("OssEndpoint", request.OssEndpoint);
        errors.HostName("OssEndpoint", request.OssEndpoint);

        CheckTimes(request, now, errors);
        errors.OneOf("OnDemand", request.OnDemand, OnDemandModes);
        errors.InRange("DelayTime", request.DelayTime, 15, 21600, "InvalidDelayTime");

        if (IsEmpty(request.RecordFormat) && IsEmpty(request.TranscodeRecordFormat))
        {
            errors.Add(new("MissingRecordFormat", "At least one of RecordFormat and TranscodeRecordFormat must be specified.", "RecordFormat"));
        }

        CheckFormats("RecordFormat", request.RecordFormat, errors);
        CheckFormats("TranscodeRecordFormat", request.TranscodeRecordFormat, errors);
        CheckTemplates(request.TranscodeTemplates, !IsEmpty(request.TranscodeRecordFormat), errors);
        return errors.ToList();
    }

    private static void CheckTimes(UpdateLiveAppRecordConfigRequest request, DateTimeOffset now, ValidationCollector errors)
    {
        var start = errors.Time("StartTime", request.StartTime, "InvalidStartTime.Malformed");
        var end = errors.Time("EndTime", request.EndTime, "InvalidEndTime.Malformed");
        if ((!ValidationRules.IsMissing(request.StartTime) || !ValidationRules.IsMissing(request.EndTime))
            && ValidationRules.IsMissing(request.StreamName))
        {
            errors.Add(new("MissingStreamName", "StreamName is mandatory when StartTime or EndTime is given: they apply to stream-level recording only.", "StreamName"));
        }

        // A config applies from the next ingest on, so a start more than 7 days before now cannot lie within
        // 7 days of the stream's start ("does not match the current time").
        if (start is { } s && s < now - MaxWindow)
        {
            errors.Invalid("InvalidStartTime.Mismatch", "StartTime", "it must not be more than 7 days before the current time.");
        }

        if (end is not { } e)
        {
            return;
        }

        var mismatch = start switch
        {
            { } s1 when e <= s1 => "it must be later than StartTime.",
            { } s2 when e - s2 > MaxWindow => "it must be at most 7 days after StartTime.",
            _ when e <= now => "it must be later than the current time.",
            _ => null,
        };
        if (mismatch is not null)
        {
            errors.Invalid("InvalidEndTime.Mismatch", "EndTime", mismatch);
        }
    }

    private static void CheckFormats(string list, IReadOnlyList<RecordFormatItem>? items, ValidationCollector errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            var item = items[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{list}.{i + 1}");
            CheckFormat($"{prefix}.Format", item?.Format, list, seen, errors);
            errors.InRange($"{prefix}.CycleDuration", item?.CycleDuration, MinCycleDuration, MaxCycleDuration, "InvalidCycleDuration.Malformed");
            errors.InRange($"{prefix}.SliceDuration", item?.SliceDuration, 5, 30, "InvalidSliceDuration.Malformed");
        }
    }

    /// <summary>Format is present, one of the listed values, and not repeated within its list.</summary>
    internal static void CheckFormat(string parameter, string? format, string list, HashSet<string> seen, ValidationCollector errors)
    {
        if (errors.Require(parameter, format)
            && errors.OneOf(parameter, format, Formats, "InvalidFormat.Malformed")
            && !seen.Add(format!))
        {
            errors.Invalid("InvalidFormat.IllegalOperation", parameter, $"the format {format} may appear only once in {list}.");
        }
    }

    private static void CheckTemplates(IReadOnlyList<string>? templates, bool recordsTranscoded, ValidationCollector errors)
    {
        var count = templates?.Count ?? 0;
        if (count > MaxTemplates)
        {
            errors.Invalid("InvalidTemplateLength.Malformed", "TranscodeTemplates", string.Create(CultureInfo.InvariantCulture, $"at most {MaxTemplates} transcoding templates may be given; got {count}."));
        }

        for (var i = 0; templates is not null && i < templates.Count; i++)
        {
            var parameter = string.Create(CultureInfo.InvariantCulture, $"TranscodeTemplates.{i + 1}");
            if (ValidationRules.IsMissing(templates[i]))
            {
                errors.Malformed(parameter, "a transcoding template ID must not be empty.");
            }
            else if (string.Equals(templates[i], "raw", StringComparison.OrdinalIgnoreCase))
            {
                errors.Invalid("InvalidTemplate.ForbidRaw", parameter, "raw is a reserved identifier and cannot be a transcoding template.");
            }
        }

        if (recordsTranscoded && count == 0)
        {
            errors.Add(new("MissingTemplate", "Template is mandatory for this action: TranscodeRecordFormat needs at least one TranscodeTemplates entry.", "TranscodeTemplates"));
        }
    }

    private static bool IsEmpty<T>(IReadOnlyList<T>? list) => list is null || list.Count == 0;
}
