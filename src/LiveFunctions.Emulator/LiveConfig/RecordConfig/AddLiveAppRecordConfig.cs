using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.RecordConfig;

/// <summary>
/// <c>AddLiveAppRecordConfig</c> (spec §6.1): creates the OSS recording config of (DomainName, AppName, StreamName);
/// one per triple (<c>ConfigAlreadyExists</c>), and none where a live-to-VOD config holds the triple
/// (<c>Live2Vod.ConfigAlreadyExists</c>).
/// </summary>
internal static class AddLiveAppRecordConfig
{
    public static ActionResult Handle(ActionContext context, LiveConfigStore store, IReadOnlyCollection<string> knownBuckets)
    {
        var parameters = new ParameterReader(context.Parameters);
        var request = RecordConfigRules.Read(parameters, context.Now, isAdd: true, knownBuckets);
        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        var config = new RecordConfigState(
            request.DomainName,
            request.AppName,
            request.StreamName,
            request.OssEndpoint,
            request.OssBucket!,
            request.RecordFormats,
            request.TranscodeRecordFormats,
            request.TranscodeTemplates,
            request.OnDemand,
            request.DelayTime,
            request.StartTime,
            request.EndTime,
            context.Now);
        return store.AddRecordConfig(config) switch
        {
            AddOutcome.Added => ActionResult.Ok(),
            AddOutcome.Exists => ActionResult.Fail(ServiceErrors.Config.AlreadyExists),
            _ => ActionResult.Fail(ServiceErrors.Config.Live2VodExists),
        };
    }
}
