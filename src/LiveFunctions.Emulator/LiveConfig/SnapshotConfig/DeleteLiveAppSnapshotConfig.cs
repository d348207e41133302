using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.SnapshotConfig;

/// <summary><c>DeleteLiveAppSnapshotConfig</c> (spec §6.4): removes the (DomainName, AppName) config; none answers <c>InvalidConfig.NotFound</c>.</summary>
internal static class DeleteLiveAppSnapshotConfig
{
    public static ActionResult Handle(ActionContext context, LiveConfigStore store)
    {
        var parameters = new ParameterReader(context.Parameters);
        var domain = parameters.Required("DomainName");
        var app = parameters.Required("AppName");
        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        return store.Remove(store.SnapshotConfigs, (domain, app)) ? ActionResult.Ok() : ActionResult.Fail(ServiceErrors.Config.NotFound);
    }
}
