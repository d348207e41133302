using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.UpdateLiveAppSnapshotConfig;
using static LiveFunctions.EndToEnd.Tests.Agreement.Cases.Seeds;

namespace LiveFunctions.EndToEnd.Tests.Agreement.Cases;

/// <summary>
/// UpdateLiveAppSnapshotConfig (api-docs/live-UpdateLiveAppSnapshotConfig.txt). Every row but the last first adds the
/// app's snapshot config (sequence mode), so that <c>InvalidConfig.NotFound</c> does not fire in place of the rule.
/// </summary>
internal static class SnapshotConfigCases
{
    private const string Op = "UpdateLiveAppSnapshotConfig";

    public static IEnumerable<AgreementCase> All =>
    [
        AgreementCase.Valid($"{Op}: TimeInterval only", Update(r => r with { TimeInterval = 3600 }), SnapshotConfig),
        AgreementCase.Valid($"{Op}: bucket, endpoint and callback", Update(r => r with { OssEndpoint = "oss-cn-beijing.aliyuncs.com", OssBucket = "other-bucket", Callback = "https://example.com/api/callbacks/snapshot?code=key" }), SnapshotConfig),
        AgreementCase.Valid($"{Op}: to overwrite mode, the sequence name deleted", Update(r => r with { OverwriteOssObject = "{AppName}/{StreamName}.jpg", SequenceOssObject = "-" }), SnapshotConfig),
        AgreementCase.Valid($"{Op}: another sequence name", Update(r => r with { SequenceOssObject = "snap/{AppName}/{StreamName}/{Sequence}.JPG" }), SnapshotConfig),

        AgreementCase.Invalid($"{Op}: no DomainName", "MissingDomainName", Update(r => r with { DomainName = null }), SnapshotConfig),
        AgreementCase.Invalid($"{Op}: no AppName", "MissingAppName", Update(r => r with { AppName = null }), SnapshotConfig),
        AgreementCase.Invalid($"{Op}: TimeInterval 4", "InvalidTimeInterval.Malformed", Update(r => r with { TimeInterval = 4 }), SnapshotConfig),
        AgreementCase.Invalid($"{Op}: TimeInterval 3601", "InvalidTimeInterval.Malformed", Update(r => r with { TimeInterval = 3601 }), SnapshotConfig),
        AgreementCase.Invalid($"{Op}: OssEndpoint with a port", "InvalidOssEndpoint.Malformed", Update(r => r with { OssEndpoint = "oss-cn-shanghai.aliyuncs.com:443" }), SnapshotConfig),
        AgreementCase.Invalid($"{Op}: OssBucket with an underscore", "InvalidOssBucket.Malformed", Update(r => r with { OssBucket = "live_bucket" }), SnapshotConfig),
        AgreementCase.Invalid($"{Op}: OverwriteOssObject not a jpg", "InvalidOverwriteOssObject.Malformed", Update(r => r with { OverwriteOssObject = "{AppName}/{StreamName}.png", SequenceOssObject = "-" }), SnapshotConfig),
        AgreementCase.Invalid($"{Op}: OverwriteOssObject with Sequence", "InvalidOverwriteOssObject.Malformed", Update(r => r with { OverwriteOssObject = "{AppName}/{Sequence}.jpg", SequenceOssObject = "-" }), SnapshotConfig),
        AgreementCase.Invalid($"{Op}: OverwriteOssObject of 256 bytes", "InvalidOverwriteOssObject.Malformed", Update(r => r with { OverwriteOssObject = new string('a', 252) + ".jpg", SequenceOssObject = "-" }), SnapshotConfig),
        AgreementCase.Invalid($"{Op}: OverwriteOssObject starting with /", "InvalidOverwriteOssObject.Malformed", Update(r => r with { OverwriteOssObject = "/{AppName}.jpg", SequenceOssObject = "-" }), SnapshotConfig),
        AgreementCase.Invalid($"{Op}: SequenceOssObject without UnixTimestamp or Sequence", "InvalidSequenceOssObject.Malformed", Update(r => r with { SequenceOssObject = "snap/{AppName}.jpg" }), SnapshotConfig),
        AgreementCase.Invalid($"{Op}: both object names", "InvalidOverwriteOssObjectOrSequenceOssObject.Malformed", Update(r => r with { OverwriteOssObject = "{AppName}/{StreamName}.jpg", SequenceOssObject = "snap/{AppName}/{UnixTimestamp}.jpg" }), SnapshotConfig),
        AgreementCase.Invalid($"{Op}: both object names deleted", "InvalidOverwriteOssObjectOrSequenceOssObject.Malformed", Update(r => r with { OverwriteOssObject = "-", SequenceOssObject = "-" }), SnapshotConfig),
        AgreementCase.Invalid($"{Op}: Callback not http", "InvalidCallback.Malformed", Update(r => r with { Callback = "ftp://example.com/cb" }), SnapshotConfig),

        AgreementCase.Known($"{Op}: no config to update", null, "InvalidConfig.NotFound",
            "A state rule only the service can check: Core cannot know whether the app has a snapshot config.",
            Update(r => r with { TimeInterval = 10 })),
    ];

    private static Func<AgreementEmulator, OpenApiPreview> Update(Func<UpdateLiveAppSnapshotConfigRequest, UpdateLiveAppSnapshotConfigRequest> change) =>
        emulator => emulator.Client.Preview(UpdateLiveAppSnapshotConfigOperation.Instance, change(new UpdateLiveAppSnapshotConfigRequest { DomainName = Domain, AppName = LiveApp }));
}
