using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.AddLiveRecordVodConfig;
using static LiveFunctions.EndToEnd.Tests.Agreement.Cases.Seeds;

namespace LiveFunctions.EndToEnd.Tests.Agreement.Cases;

/// <summary>AddLiveRecordVodConfig (api-docs/live-AddLiveRecordVodConfig.txt), on a fresh emulator.</summary>
internal static class VodConfigCases
{
    private const string Op = "AddLiveRecordVodConfig";

    public static IEnumerable<AgreementCase> All =>
    [
        AgreementCase.Valid($"{Op}: the required parameters", Add(r => r)),
        AgreementCase.Valid($"{Op}: auto compose with its group", Add(r => r with { AutoCompose = "ON", ComposeVodTranscodeGroupId = "group-2", CycleDuration = 300 })),
        AgreementCase.Valid($"{Op}: every optional parameter", Add(r => r with
        {
            RegionId = "cn-shanghai",
            StreamName = Stream1,
            CycleDuration = 21600,
            AutoCompose = "OFF",
            StorageLocation = "abcd-tjptr2vatm.oss-cn-shanghai.aliyuncs.com",
            OnDemand = 1,
        })),

        AgreementCase.Invalid($"{Op}: no DomainName", "MissingDomainName", Add(r => r with { DomainName = null })),
        AgreementCase.Invalid($"{Op}: no AppName", "MissingAppName", Add(r => r with { AppName = null })),
        AgreementCase.Invalid($"{Op}: no VodTranscodeGroupId", "MissingVodTranscodeGroupId", Add(r => r with { VodTranscodeGroupId = null })),
        AgreementCase.Invalid($"{Op}: CycleDuration 299", "InvalidCycleDuration.Malformed", Add(r => r with { CycleDuration = 299 })),
        AgreementCase.Invalid($"{Op}: CycleDuration 21601", "InvalidCycleDuration.Malformed", Add(r => r with { CycleDuration = 21601 })),
        AgreementCase.Invalid($"{Op}: AutoCompose in lower case", "InvalidAutoCompose.Malformed", Add(r => r with { AutoCompose = "on" })),
        AgreementCase.Invalid($"{Op}: AutoCompose ON without its group", "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed", Add(r => r with { AutoCompose = "ON" })),
        AgreementCase.Invalid($"{Op}: a compose group without AutoCompose", "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed", Add(r => r with { ComposeVodTranscodeGroupId = "group-2" })),
        AgreementCase.Invalid($"{Op}: OnDemand 2", "InvalidOnDemand.Malformed", Add(r => r with { OnDemand = 2 })),

        AgreementCase.Known($"{Op}: StorageLocation in another region than RegionId", null, "InvalidRegion.Conflict",
            "The document lists InvalidRegion.Conflict but not how a storage address names its region. The emulator reads the region from the OSS host name (….oss-cn-shanghai.aliyuncs.com); Core does not guess and leaves the check to the service.",
            Add(r => r with { RegionId = "cn-beijing", StorageLocation = "abcd-tjptr2vatm.oss-cn-shanghai.aliyuncs.com" })),
        AgreementCase.Known($"{Op}: the triple has an OSS recording config", null, "CommomLiveRcordConfigExisted",
            "A state rule only the service can check: a triple records to OSS or to VOD, not both.",
            Add(r => r), RecordConfig),
    ];

    private static Func<AgreementEmulator, OpenApiPreview> Add(Func<AddLiveRecordVodConfigRequest, AddLiveRecordVodConfigRequest> change) =>
        emulator => emulator.Client.Preview(AddLiveRecordVodConfigOperation.Instance, change(new AddLiveRecordVodConfigRequest
        {
            DomainName = Domain,
            AppName = LiveApp,
            VodTranscodeGroupId = "group-1",
        }));
}
