using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.AddLiveAppRecordConfig;
using static LiveFunctions.EndToEnd.Tests.Agreement.Cases.Seeds;

namespace LiveFunctions.EndToEnd.Tests.Agreement.Cases;

/// <summary>
/// AddLiveAppRecordConfig (the UpdateLiveAppRecordConfig document's rules and error table, plus spec §6.1 for the bucket
/// and the object names): the rules Add adds to Update's, on a fresh emulator (no config yet, so
/// <c>ConfigAlreadyExists</c> cannot fire except in its own row).
/// </summary>
internal static class AddRecordConfigCases
{
    private const string Op = "AddLiveAppRecordConfig";

    private static readonly AddRecordFormatItem M3u8 = new()
    {
        Format = "m3u8",
        CycleDuration = 3600,
        SliceDuration = 30,
        OssObjectPrefix = ObjectPrefix,
        SliceOssObjectPrefix = SlicePrefix,
    };

    public static IEnumerable<AgreementCase> All =>
    [
        AgreementCase.Valid($"{Op}: m3u8 of the app", Add(r => r)),
        AgreementCase.Valid($"{Op}: flv of every stream, no slice prefix", Add(r => r with
        {
            StreamName = "*",
            RecordFormat = [new AddRecordFormatItem { Format = "flv", OssObjectPrefix = "record/{AppName}/{StreamName}/{Sequence}_{StartTime}_{EndTime}" }],
        })),
        AgreementCase.Valid($"{Op}: transcoded cmaf with templates", Add(r => r with { TranscodeRecordFormat = [M3u8 with { Format = "cmaf" }], TranscodeTemplates = ["*****"] })),

        AgreementCase.Invalid($"{Op}: no OssBucket", "MissingOssBucket", Add(r => r with { OssBucket = null })),
        AgreementCase.Invalid($"{Op}: OssBucket with capitals", "InvalidOssBucket.Malformed", Add(r => r with { OssBucket = "Live-Bucket" })),
        AgreementCase.Invalid($"{Op}: OssBucket of 2 characters", "InvalidOssBucket.Malformed", Add(r => r with { OssBucket = "lb" })),
        AgreementCase.Invalid($"{Op}: no OssObjectPrefix", "MissingOssObjectPrefix", Add(r => r with { RecordFormat = [M3u8 with { OssObjectPrefix = null }] })),
        AgreementCase.Invalid($"{Op}: OssObjectPrefix without an end time", "InvalidOssObjectPrefix.Malformed", Add(r => r with { RecordFormat = [M3u8 with { OssObjectPrefix = "record/{AppName}/{StartTime}" }] })),
        AgreementCase.Invalid($"{Op}: OssObjectPrefix with an unknown variable", "InvalidOssObjectPrefix.Malformed", Add(r => r with { RecordFormat = [M3u8 with { OssObjectPrefix = "record/{Date}/{StartTime}_{EndTime}" }] })),
        AgreementCase.Invalid($"{Op}: OssObjectPrefix of 256 bytes", "InvalidOssObjectPrefix.Malformed", Add(r => r with { RecordFormat = [M3u8 with { OssObjectPrefix = "{StartTime}{EndTime}" + new string('a', 256 - 20) }] })),
        AgreementCase.Invalid($"{Op}: OssObjectPrefix starting with /", "InvalidOssObjectPrefix.Malformed", Add(r => r with { RecordFormat = [M3u8 with { OssObjectPrefix = "/" + ObjectPrefix }] })),
        AgreementCase.Invalid($"{Op}: m3u8 without SliceOssObjectPrefix", "MissingSliceOssObjectPrefix", Add(r => r with { RecordFormat = [M3u8 with { SliceOssObjectPrefix = null }] })),
        AgreementCase.Invalid($"{Op}: SliceOssObjectPrefix without Sequence", "InvalidSliceOssObjectPrefix.Malformed", Add(r => r with { RecordFormat = [M3u8 with { SliceOssObjectPrefix = "record/{AppName}/{UnixTimestamp}" }] })),
        AgreementCase.Invalid($"{Op}: SliceOssObjectPrefix with StartTime", "InvalidSliceOssObjectPrefix.Malformed", Add(r => r with { RecordFormat = [M3u8 with { SliceOssObjectPrefix = "record/{StartTime}/{UnixTimestamp}_{Sequence}" }] })),
        AgreementCase.Invalid($"{Op}: no DomainName (Update's rule)", "MissingDomainName", Add(r => r with { DomainName = null })),
        AgreementCase.Invalid($"{Op}: Format flv twice (Update's rule)", "InvalidFormat.IllegalOperation", Add(r => r with
        {
            RecordFormat = [M3u8 with { Format = "flv", SliceOssObjectPrefix = null }, M3u8 with { Format = "flv", SliceOssObjectPrefix = null }],
        })),
        AgreementCase.Invalid($"{Op}: DelayTime 14 (Update's rule)", "InvalidDelayTime", Add(r => r with { DelayTime = 14 })),

        AgreementCase.Known($"{Op}: the triple has a config already", null, "ConfigAlreadyExists",
            "A state rule only the service can check: one config per (DomainName, AppName, StreamName).",
            Add(r => r), RecordConfig),
        AgreementCase.Known($"{Op}: the triple has a live-to-VOD config", null, "Live2Vod.ConfigAlreadyExists",
            "A state rule only the service can check: a triple records to OSS or to VOD, not both.",
            Add(r => r), VodConfig),
    ];

    private static Func<AgreementEmulator, OpenApiPreview> Add(Func<AddLiveAppRecordConfigRequest, AddLiveAppRecordConfigRequest> change) =>
        emulator => emulator.Client.Preview(AddLiveAppRecordConfigOperation.Instance, change(new AddLiveAppRecordConfigRequest
        {
            DomainName = Domain,
            AppName = LiveApp,
            OssEndpoint = Endpoint,
            OssBucket = Bucket,
            RecordFormat = [M3u8],
        }));
}
