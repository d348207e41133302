namespace LiveFunctions.Emulator.Protocol.Throttling;

/// <summary>
/// The per-account limits the documents state (api-docs and spec §8). The ICE live-transcode actions have no
/// documented limit; they fall under <c>Emulator:QpsLimits:Default</c>.
/// </summary>
internal static class DocumentedQpsLimits
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>Action name → limit.</summary>
    public static IReadOnlyDictionary<string, QpsLimit> ByAction { get; } = new Dictionary<string, QpsLimit>(StringComparer.Ordinal)
    {
        ["UpdateLiveAppRecordConfig"] = new(30, Second),
        ["AddLiveAppRecordConfig"] = new(30, Second),
        ["DeleteLiveAppRecordConfig"] = new(50, Second),
        ["DescribeLiveRecordConfig"] = new(100, Second),
        ["AddLiveRecordVodConfig"] = new(1000, Minute),
        ["UpdateLiveRecordVodConfig"] = new(1000, Minute),
        ["DescribeLiveRecordVodConfigs"] = new(1000, Minute),
        // The SDK comment says 1,000 per second here (not per minute); kept as written.
        ["DeleteLiveRecordVodConfig"] = new(1000, Second),
        ["UpdateLiveAppSnapshotConfig"] = new(30, Second),
        ["AddLiveAppSnapshotConfig"] = new(30, Second),
        ["DeleteLiveAppSnapshotConfig"] = new(30, Second),
        ["DescribeLiveSnapshotConfig"] = new(100, Second),
        ["DescribeLiveStreamSnapshotInfo"] = new(100, Second),
        ["AddLiveSnapshotNotifyConfig"] = new(30, Second),
        ["UpdateLiveSnapshotNotifyConfig"] = new(30, Second),
        ["AddLiveRecordNotifyConfig"] = new(30, Second),
        ["CreateLiveStreamRecordIndexFiles"] = new(45, Second),
        ["DescribeLiveStreamRecordIndexFiles"] = new(15, Second),
        ["DescribeLiveStreamRecordIndexFile"] = new(100, Second),
        ["DescribeLiveStreamsPublishList"] = new(3, Second),
        ["DescribeLiveStreamsOnlineList"] = new(10_000, Minute),
    };
}
