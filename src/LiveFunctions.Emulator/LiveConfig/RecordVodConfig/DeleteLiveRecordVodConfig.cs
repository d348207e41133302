using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.RecordVodConfig;

/// <summary><c>DeleteLiveRecordVodConfig</c> (spec §6.7): removes the triple's live-to-VOD config; none answers <c>InvalidConfig.NotFound</c>.</summary>
internal static class DeleteLiveRecordVodConfig
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

        return store.Remove(store.RecordVodConfigs, (domain, app, stream)) ? ActionResult.Ok() : ActionResult.Fail(ServiceErrors.Config.NotFound);
    }
}
