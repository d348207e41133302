using LiveFunctions.Emulator.LiveConfig;

namespace LiveFunctions.Emulator.Tests.Simulation;

/// <summary>Builders of the config states the simulation reads (what the config actions would store).</summary>
internal static class TestConfigs
{
    public const string Domain = "example.com";
    public const string App = "liveApp";
    public const string Bucket = "live-bucket";
    public const string Endpoint = "oss-cn-shanghai.aliyuncs.com";

    public static RecordConfigState Record(
        string bucket = Bucket,
        string format = "m3u8",
        int slice = 30,
        string? slicePrefix = null,
        string stream = "",
        int onDemand = 0,
        string? startTime = null,
        string? endTime = null) =>
        new(Domain, App, stream, Endpoint, bucket,
            [new RecordFormatState(format, 21600, slice, "record/{AppName}/{StreamName}/{Sequence}_{EscapedStartTime}_{EscapedEndTime}", slicePrefix)],
            [], [], onDemand, null, startTime, endTime, DateTimeOffset.UnixEpoch);

    public static void SetRecord(this LiveConfigStore store, RecordConfigState config) =>
        store.RecordConfigs[(config.DomainName, config.AppName, config.StreamName)] = config;

    public static SnapshotConfigState Snapshot(
        string? callback,
        int interval = 5,
        string? sequence = "snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg",
        string? overwrite = null,
        string app = App) =>
        new(Domain, app, interval, Endpoint, Bucket, overwrite, sequence, callback, DateTimeOffset.UnixEpoch);

    public static void SetSnapshot(this LiveConfigStore store, SnapshotConfigState config) =>
        store.SnapshotConfigs[(config.DomainName, config.AppName)] = config;

    public static void SetSnapshotNotify(this LiveConfigStore store, string notifyUrl, bool auth, string? key) =>
        store.SnapshotNotifyConfigs[Domain] = new SnapshotNotifyConfigState(Domain, notifyUrl, auth, key);
}
