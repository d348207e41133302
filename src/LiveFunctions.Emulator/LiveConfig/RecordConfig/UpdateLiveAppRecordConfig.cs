using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.RecordConfig;

/// <summary>
/// <c>UpdateLiveAppRecordConfig</c> (api-docs, spec §4.1): replaces the settings of an existing OSS recording config
/// with the request's. Update has no OssBucket and no object-name prefixes, so those stay as they are (a format new
/// to the config gets the default names). A missing config answers <c>InvalidConfig.NotFound</c>: the document lists no
/// not-found code, and that is the closest documented one (the snapshot document's).
/// </summary>
internal static class UpdateLiveAppRecordConfig
{
    public static ActionResult Handle(ActionContext context, LiveConfigStore store)
    {
        var parameters = new ParameterReader(context.Parameters);
        var request = RecordConfigRules.Read(parameters, context.Now, isAdd: false, []);
        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        var updated = store.Update(store.RecordConfigs, (request.DomainName, request.AppName, request.StreamName), existing => existing with
        {
            OssEndpoint = request.OssEndpoint,
            RecordFormats = RecordConfigRules.KeepNames(request.RecordFormats, existing),
            TranscodeRecordFormats = RecordConfigRules.KeepNames(request.TranscodeRecordFormats, existing),
            TranscodeTemplates = request.TranscodeTemplates,
            OnDemand = request.OnDemand,
            DelayTime = request.DelayTime,
            StartTime = request.StartTime,
            EndTime = request.EndTime,
        });
        return updated is null ? ActionResult.Fail(ServiceErrors.Config.NotFound) : ActionResult.Ok();
    }
}
