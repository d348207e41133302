using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.RecordConfig;

/// <summary><c>DeleteLiveAppRecordConfig</c> (spec §6.3): removes the config of the triple; none answers <c>InvalidConfig.NotFound</c>.</summary>
internal static class DeleteLiveAppRecordConfig
{
    public static ActionResult Handle(ActionContext context, LiveConfigStore store)
    {
        var parameters = new ParameterReader(context.Parameters);
        var domain = parameters.Required("DomainName");
        var app = parameters.Required("AppName");
        var stream = parameters.Optional("StreamName") ?? "";
        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        return store.Remove(store.RecordConfigs, (domain, app, stream)) ? ActionResult.Ok() : ActionResult.Fail(ServiceErrors.Config.NotFound);
    }
}
