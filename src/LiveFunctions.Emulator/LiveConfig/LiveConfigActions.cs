using LiveFunctions.Emulator.LiveConfig.Common;
using LiveFunctions.Emulator.LiveConfig.RecordConfig;
using LiveFunctions.Emulator.LiveConfig.RecordVodConfig;
using LiveFunctions.Emulator.LiveConfig.SnapshotConfig;
using LiveFunctions.Emulator.LiveConfig.SnapshotNotifyConfig;
using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Protocol.Pipeline;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.LiveConfig;

/// <summary>Registers the Live config store and actions (recording, live-to-VOD, snapshot, snapshot notify).</summary>
internal static class LiveConfigActions
{
    /// <summary>Adds the config store (resettable and persistent).</summary>
    public static IServiceCollection AddLiveConfig(this IServiceCollection services) =>
        services.AddPersistentState<LiveConfigStore>();

    /// <summary>Registers the config actions under the Live version.</summary>
    public static void Register(EmulatorActionTable table, IServiceProvider services)
    {
        var store = services.GetRequiredService<LiveConfigStore>();
        var options = services.GetRequiredService<IOptions<EmulatorOptions>>().Value;
        IReadOnlyCollection<string> buckets = [.. options.Oss.Buckets];
        const string live = OpenApiEndpoint.LiveVersion;

        table.Add(live, "AddLiveAppRecordConfig", context => AddLiveAppRecordConfig.Handle(context, store, buckets));
        table.Add(live, "UpdateLiveAppRecordConfig", context => UpdateLiveAppRecordConfig.Handle(context, store));
        table.Add(live, "DescribeLiveRecordConfig", context => DescribeLiveRecordConfig.Handle(context, store));
        table.Add(live, "DeleteLiveAppRecordConfig", context => TripleConfigs.Delete(context, store, store.RecordConfigs));

        table.Add(live, "AddLiveRecordVodConfig", context => AddLiveRecordVodConfig.Handle(context, store, options.Vod));
        table.Add(live, "DescribeLiveRecordVodConfigs", context => DescribeLiveRecordVodConfigs.Handle(context, store));
        table.Add(live, "DeleteLiveRecordVodConfig", context => TripleConfigs.Delete(context, store, store.RecordVodConfigs));

        table.Add(live, "AddLiveAppSnapshotConfig", context => AddLiveAppSnapshotConfig.Handle(context, store, buckets));
        table.Add(live, "UpdateLiveAppSnapshotConfig", context => UpdateLiveAppSnapshotConfig.Handle(context, store, buckets));
        table.Add(live, "DescribeLiveSnapshotConfig", context => DescribeLiveSnapshotConfig.Handle(context, store));
        table.Add(live, "DeleteLiveAppSnapshotConfig", context => DeleteLiveAppSnapshotConfig.Handle(context, store));

        table.Add(live, "AddLiveSnapshotNotifyConfig", context => SnapshotNotifyConfigActions.Add(context, store));
        table.Add(live, "UpdateLiveSnapshotNotifyConfig", context => SnapshotNotifyConfigActions.Update(context, store));
        table.Add(live, "DescribeLiveSnapshotNotifyConfig", context => SnapshotNotifyConfigActions.Describe(context, store));
    }
}
