using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.SnapshotConfig;

/// <summary>
/// <c>UpdateLiveAppSnapshotConfig</c> (api-docs): changes the given fields of an existing (DomainName, AppName) config
/// (<c>InvalidConfig.NotFound</c> when none); <c>-</c> deletes OverwriteOssObject / SequenceOssObject, and the result
/// must keep at least one of them, and one request may not give both names (both
/// <c>InvalidOverwriteOssObjectOrSequenceOssObject.Malformed</c>: "should have one", "only one").
/// </summary>
internal static class UpdateLiveAppSnapshotConfig
{
    public static ActionResult Handle(ActionContext context, LiveConfigStore store, IReadOnlyCollection<string> knownBuckets)
    {
        var parameters = new ParameterReader(context.Parameters);
        var domain = parameters.Required("DomainName");
        var app = parameters.Required("AppName");
        var interval = SnapshotConfigRules.ReadTimeInterval(parameters, required: false);
        var endpoint = SnapshotConfigRules.ReadEndpoint(parameters, required: false);
        var bucket = SnapshotConfigRules.ReadBucket(parameters, required: false, knownBuckets);
        var overwrite = SnapshotConfigRules.ReadOverwriteObject(parameters);
        var sequence = SnapshotConfigRules.ReadSequenceObject(parameters);
        // "You can specify only one of the OverwriteOssObject and SequenceOssObject parameters": two names in one
        // request are refused; a name plus "-" for the other switches modes.
        if (overwrite is not (null or SnapshotConfigRules.Delete) && sequence is not (null or SnapshotConfigRules.Delete))
        {
            parameters.Fail(ServiceErrors.Config.ObjectNamesNeedOne);
        }

        var callback = SnapshotConfigRules.ReadCallback(parameters);
        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        ServiceError? refused = null;
        var updated = store.Update(store.SnapshotConfigs, (domain, app), current =>
        {
            var changed = current with
            {
                TimeInterval = interval ?? current.TimeInterval,
                OssEndpoint = endpoint ?? current.OssEndpoint,
                OssBucket = bucket ?? current.OssBucket,
                OverwriteOssObject = Apply(overwrite, current.OverwriteOssObject),
                SequenceOssObject = Apply(sequence, current.SequenceOssObject),
                Callback = callback ?? current.Callback,
            };
            if (changed.OverwriteOssObject is null && changed.SequenceOssObject is null)
            {
                refused = ServiceErrors.Config.ObjectNamesNeedOne;
                return current;
            }

            return changed;
        });
        return updated is null ? ActionResult.Fail(ServiceErrors.Config.NotFound)
            : refused is not null ? ActionResult.Fail(refused)
            : ActionResult.Ok();
    }

    private static string? Apply(string? given, string? current) =>
        given is null ? current : given == SnapshotConfigRules.Delete ? null : given;
}
