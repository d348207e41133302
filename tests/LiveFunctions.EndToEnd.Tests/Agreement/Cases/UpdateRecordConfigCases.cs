using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;
using static LiveFunctions.EndToEnd.Tests.Agreement.Cases.Seeds;

namespace LiveFunctions.EndToEnd.Tests.Agreement.Cases;

/// <summary>
/// UpdateLiveAppRecordConfig (api-docs/live-UpdateLiveAppRecordConfig.txt): the valid shapes and one row per rule.
/// Every row first adds the config it updates (the app's, or the stream's for the stream-level rows), so that
/// <c>InvalidConfig.NotFound</c> never fires in place of the rule under test.
/// </summary>
internal static class UpdateRecordConfigCases
{
    private const string Op = "UpdateLiveAppRecordConfig";

    private static readonly RecordFormatItem M3u8 = new() { Format = "m3u8", CycleDuration = 3600, SliceDuration = 30 };

    public static IEnumerable<AgreementCase> All =>
    [
        AgreementCase.Valid($"{Op}: m3u8 of the app", Update(r => r), RecordConfig),
        AgreementCase.Valid($"{Op}: every optional parameter", Update(r => r with
        {
            RecordFormat = [M3u8, new RecordFormatItem { Format = "flv", CycleDuration = 21600 }],
            TranscodeRecordFormat = [new RecordFormatItem { Format = "mp4", CycleDuration = 3600 }],
            TranscodeTemplates = ["sd", "hd"],
            OnDemand = 7,
            DelayTime = 21600,
        }), RecordConfig),
        AgreementCase.Valid($"{Op}: stream-level window", StreamLevel((r, now) => r with { StartTime = Wire(now.AddHours(1)), EndTime = Wire(now.AddDays(7).AddHours(1)) }), StreamRecordConfig),

        AgreementCase.Invalid($"{Op}: no DomainName", "MissingDomainName", Update(r => r with { DomainName = null }), RecordConfig),
        AgreementCase.Invalid($"{Op}: no AppName", "MissingAppName", Update(r => r with { AppName = null }), RecordConfig),
        AgreementCase.Invalid($"{Op}: no OssEndpoint", "MissingOssEndpoint", Update(r => r with { OssEndpoint = null }), RecordConfig),
        AgreementCase.Invalid($"{Op}: OssEndpoint with a scheme", "InvalidOssEndpoint.Malformed", Update(r => r with { OssEndpoint = "https://oss-cn-shanghai.aliyuncs.com" }), RecordConfig),
        AgreementCase.Invalid($"{Op}: no RecordFormat or TranscodeRecordFormat", "MissingRecordFormat", Update(r => r with { RecordFormat = null }), RecordConfig),
        AgreementCase.Invalid($"{Op}: an entry without Format", "MissingFormat", Update(r => r with { RecordFormat = [new RecordFormatItem { CycleDuration = 3600 }] }), RecordConfig),
        AgreementCase.Invalid($"{Op}: Format avi", "InvalidFormat.Malformed", Update(r => r with { RecordFormat = [M3u8 with { Format = "avi" }] }), RecordConfig),
        AgreementCase.Invalid($"{Op}: Format in upper case", "InvalidFormat.Malformed", Update(r => r with { RecordFormat = [M3u8 with { Format = "M3U8" }] }), RecordConfig),
        AgreementCase.Invalid($"{Op}: a Format twice", "InvalidFormat.IllegalOperation", Update(r => r with { RecordFormat = [M3u8, M3u8] }), RecordConfig),
        AgreementCase.Invalid($"{Op}: CycleDuration 0", "InvalidCycleDuration.Malformed", Update(r => r with { RecordFormat = [M3u8 with { CycleDuration = 0 }] }), RecordConfig),
        AgreementCase.Invalid($"{Op}: CycleDuration over 6 hours", "InvalidCycleDuration.Malformed", Update(r => r with { RecordFormat = [M3u8 with { CycleDuration = 21601 }] }), RecordConfig),
        AgreementCase.Invalid($"{Op}: m3u8 SliceDuration 4", "InvalidSliceDuration.Malformed", Update(r => r with { RecordFormat = [M3u8 with { SliceDuration = 4 }] }), RecordConfig),
        AgreementCase.Invalid($"{Op}: m3u8 SliceDuration 31", "InvalidSliceDuration.Malformed", Update(r => r with { RecordFormat = [M3u8 with { SliceDuration = 31 }] }), RecordConfig),
        AgreementCase.Invalid($"{Op}: DelayTime 14", "InvalidDelayTime", Update(r => r with { DelayTime = 14 }), RecordConfig),
        AgreementCase.Invalid($"{Op}: DelayTime 21601", "InvalidDelayTime", Update(r => r with { DelayTime = 21601 }), RecordConfig),
        AgreementCase.Invalid($"{Op}: OnDemand 3", "InvalidOnDemand.Malformed", Update(r => r with { OnDemand = 3 }), RecordConfig),
        AgreementCase.Invalid($"{Op}: 11 templates", "InvalidTemplateLength.Malformed", Update(r => r with { TranscodeTemplates = [.. Enumerable.Range(1, 11).Select(i => $"t{i}")] }), RecordConfig),
        AgreementCase.Invalid($"{Op}: template raw", "InvalidTemplate.ForbidRaw", Update(r => r with { TranscodeTemplates = ["RAW"] }), RecordConfig),
        AgreementCase.Invalid($"{Op}: TranscodeRecordFormat without a template", "MissingTemplate", Update(r => r with { TranscodeRecordFormat = [M3u8] }), RecordConfig),
        AgreementCase.Invalid($"{Op}: StartTime with an offset", "InvalidStartTime.Malformed", StreamLevel((r, _) => r with { StartTime = "2026-03-02T11:00:00+00:00" }), StreamRecordConfig),
        AgreementCase.Invalid($"{Op}: EndTime without seconds", "InvalidEndTime.Malformed", StreamLevel((r, _) => r with { EndTime = "2026-03-02T11:00Z" }), StreamRecordConfig),
        AgreementCase.Invalid($"{Op}: StartTime 8 days ago", "InvalidStartTime.Mismatch", StreamLevel((r, now) => r with { StartTime = Wire(now.AddDays(-8)) }), StreamRecordConfig),
        AgreementCase.Invalid($"{Op}: EndTime before StartTime", "InvalidEndTime.Mismatch", StreamLevel((r, now) => r with { StartTime = Wire(now.AddHours(2)), EndTime = Wire(now.AddHours(1)) }), StreamRecordConfig),
        AgreementCase.Invalid($"{Op}: window over 7 days", "InvalidEndTime.Mismatch", StreamLevel((r, now) => r with { StartTime = Wire(now.AddHours(1)), EndTime = Wire(now.AddDays(7).AddHours(1).AddSeconds(1)) }), StreamRecordConfig),
        AgreementCase.Invalid($"{Op}: EndTime already past", "InvalidEndTime.Mismatch", StreamLevel((r, now) => r with { EndTime = Wire(now.AddMinutes(-1)) }), StreamRecordConfig),

        AgreementCase.Known($"{Op}: StartTime 8 days ahead", null, "InvalidStartTime.Mismatch",
            "The document bounds StartTime by 'the actual stream start time', which only the service knows. Core refuses only a start more than 7 days in the past (a config applies from the next ingest, so such a start can never be within 7 days of it); the emulator takes now as the stream's start and refuses more than 7 days either way.",
            StreamLevel((r, now) => r with { StartTime = Wire(now.AddDays(8)) }), StreamRecordConfig),
        AgreementCase.Known($"{Op}: StartTime without StreamName", "MissingStreamName", null,
            "The document says the times are 'only effective for stream-level recordings' and lists no error for them without StreamName. Core refuses (convention code) so that a window never silently does nothing; the emulator accepts and stores them, as the service ignores them.",
            Update(r => r with { StartTime = Wire(AgreementEmulator.Start.AddHours(1)) }), RecordConfig),
        AgreementCase.Known($"{Op}: flv SliceDuration 40", "InvalidSliceDuration.Malformed", null,
            "SliceDuration 'takes effect only if' the format is m3u8 or cmaf; the document does not say whether it is checked for flv/mp4. Core checks the 5–30 range for every entry; the emulator ignores it for flv/mp4.",
            Update(r => r with { RecordFormat = [new RecordFormatItem { Format = "flv", SliceDuration = 40 }] }), RecordConfig),
        AgreementCase.Known($"{Op}: no config to update", null, "InvalidConfig.NotFound",
            "A state rule only the service can check: Core cannot know whether the triple has a config.",
            Update(r => r)),
    ];

    private static UpdateLiveAppRecordConfigRequest Base() => new()
    {
        DomainName = Domain,
        AppName = LiveApp,
        OssEndpoint = Endpoint,
        RecordFormat = [M3u8],
    };

    private static Func<AgreementEmulator, OpenApiPreview> Update(Func<UpdateLiveAppRecordConfigRequest, UpdateLiveAppRecordConfigRequest> change) =>
        emulator => emulator.Client.Preview(UpdateLiveAppRecordConfigOperation.Instance, change(Base()));

    private static Func<AgreementEmulator, OpenApiPreview> StreamLevel(Func<UpdateLiveAppRecordConfigRequest, DateTimeOffset, UpdateLiveAppRecordConfigRequest> change) =>
        emulator => emulator.Client.Preview(UpdateLiveAppRecordConfigOperation.Instance, change(Base() with { StreamName = Stream1 }, emulator.Now));
}
