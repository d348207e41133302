using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.SnapshotConfig;

/// <summary>
/// <c>AddLiveAppSnapshotConfig</c> (spec §6.4): DomainName, AppName, TimeInterval, OssEndpoint, OssBucket required;
/// at least one of OverwriteOssObject / SequenceOssObject; one config per (DomainName, AppName).
/// </summary>
internal static class AddLiveAppSnapshotConfig
{
    public static ActionResult Handle(ActionContext context, LiveConfigStore store, IReadOnlyCollection<string> knownBuckets)
    {
        var parameters = new ParameterReader(context.Parameters);
        var domain = parameters.Required("DomainName");
        var app = parameters.Required("AppName");
        SnapshotConfigRules.CheckAppName(parameters, app);
        var interval = SnapshotConfigRules.ReadTimeInterval(parameters, required: true);
        var endpoint = SnapshotConfigRules.ReadEndpoint(parameters, required: true);
        var bucket = SnapshotConfigRules.ReadBucket(parameters, required: true, knownBuckets);
        var overwrite = NullIfDelete(SnapshotConfigRules.ReadOverwriteObject(parameters));
        var sequence = NullIfDelete(SnapshotConfigRules.ReadSequenceObject(parameters));
        if (overwrite is null && sequence is null)
        {
            parameters.Fail(ServiceErrors.Config.ObjectNamesNeedOne);
        }

        var callback = SnapshotConfigRules.ReadCallback(parameters);
        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        var config = new SnapshotConfigState(domain, app, interval!.Value, endpoint!, bucket!, overwrite, sequence, callback, context.Now);
        return store.AddSnapshotConfig(config) ? ActionResult.Ok() : ActionResult.Fail(ServiceErrors.Config.AlreadyExists);
    }

    // "-" means "no value" when there is nothing to delete yet.
    private static string? NullIfDelete(string? name) => name == SnapshotConfigRules.Delete ? null : name;
}
