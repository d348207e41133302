using System.Text.RegularExpressions;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.RecordVodConfig;

/// <summary>
/// <c>AddLiveRecordVodConfig</c> (api-docs/live-AddLiveRecordVodConfig.txt): a live-to-VOD config per
/// (DomainName, AppName, StreamName). Rules: DomainName, AppName, VodTranscodeGroupId required; CycleDuration
/// 300–21600 (default 3600); AutoCompose <c>ON</c>/<c>OFF</c>; AutoCompose=ON exactly when ComposeVodTranscodeGroupId
/// is given; OnDemand 0/1; a StorageLocation in another region than RegionId conflicts; configured VOD resources
/// must exist; not where a config (of either recording kind) holds the triple.
/// </summary>
internal static partial class AddLiveRecordVodConfig
{
    public static ActionResult Handle(ActionContext context, LiveConfigStore store, VodOptions vod)
    {
        var parameters = new ParameterReader(context.Parameters);
        var domain = parameters.Required("DomainName");
        var app = parameters.Required("AppName");
        var group = parameters.Required("VodTranscodeGroupId");
        var stream = parameters.Optional("StreamName") ?? "";
        var cycle = parameters.OptionalInt("CycleDuration", ServiceErrors.Config.CycleDurationMalformed) ?? 3600;
        if (cycle is < 300 or > 21600)
        {
            parameters.Fail(ServiceErrors.Config.CycleDurationMalformed);
        }

        var autoCompose = parameters.Optional("AutoCompose");
        if (autoCompose is not (null or "ON" or "OFF"))
        {
            parameters.Fail(ServiceErrors.Config.AutoComposeMalformed);
        }

        var composeGroup = parameters.Optional("ComposeVodTranscodeGroupId");
        if ((autoCompose == "ON") != (composeGroup is not null))
        {
            parameters.Fail(ServiceErrors.Config.AutoComposeAndGroupMalformed);
        }

        var onDemand = parameters.OptionalInt("OnDemand") ?? 0;
        if (onDemand is not (0 or 1))
        {
            parameters.Fail(ServiceErrors.Malformed("OnDemand", "Valid values: 0, 1."));
        }

        var storage = parameters.Optional("StorageLocation");
        var region = parameters.Optional("RegionId");
        if (storage is not null && region is not null && RegionOf(storage) is { } storageRegion && storageRegion != region)
        {
            parameters.Fail(ServiceErrors.Config.RegionConflict);
        }

        if (storage is not null && vod.StorageLocations.Count > 0 && !vod.StorageLocations.Contains(storage))
        {
            parameters.Fail(ServiceErrors.Config.StorageNotFound);
        }

        if (vod.TranscodeGroupIds.Count > 0 && group.Length > 0
            && (!vod.TranscodeGroupIds.Contains(group) || (composeGroup is not null && !vod.TranscodeGroupIds.Contains(composeGroup))))
        {
            parameters.Fail(ServiceErrors.Config.TemplateGroupNotFound);
        }

        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        var config = new RecordVodConfigState(domain, app, stream, group, cycle, autoCompose, composeGroup, storage, onDemand, context.Now);
        return store.AddRecordVodConfig(config) switch
        {
            AddOutcome.Added => ActionResult.Ok(),
            AddOutcome.Exists => ActionResult.Fail(ServiceErrors.Config.AlreadyExists),
            _ => ActionResult.Fail(ServiceErrors.Config.CommonRecordExists),
        };
    }

    // "…-tjptr2vatm.oss-cn-shanghai.aliyuncs.com" lies in cn-shanghai; other shapes name no region.
    private static string? RegionOf(string storageLocation) =>
        StorageRegion().Match(storageLocation) is { Success: true } match ? match.Groups["region"].Value : null;

    [GeneratedRegex(@"(?:^|\.)oss-(?<region>[a-z0-9-]+?)(?:-internal)?\.aliyuncs\.com$", RegexOptions.CultureInvariant)]
    private static partial Regex StorageRegion();
}
