namespace LiveFunctions.Core.RateLimiting.Limits;

/// <summary>
/// The per-account QPS limits Alibaba documents (spec/alibaba-openapi.md §8, the SDK doc comments and API pages).
/// Actions not listed here — the ICE live-transcode actions, whose limits are undocumented, among them — use
/// <c>RateLimits:Default</c>.
/// </summary>
public static class DocumentedLimits
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>Action name → documented limit.</summary>
    public static IReadOnlyDictionary<string, RateLimit> ByAction { get; } = new Dictionary<string, RateLimit>(StringComparer.Ordinal)
    {
        ["UpdateLiveAppRecordConfig"] = new(30, Second),
        ["AddLiveAppRecordConfig"] = new(30, Second),
        ["DeleteLiveAppRecordConfig"] = new(50, Second),
        ["DescribeLiveRecordConfig"] = new(100, Second),
        ["AddLiveRecordVodConfig"] = new(1000, Minute),
        ["UpdateLiveRecordVodConfig"] = new(1000, Minute),
        ["DescribeLiveRecordVodConfigs"] = new(1000, Minute),
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
        ["DescribeLiveStreamsOnlineList"] = new(10000, Minute),
    };
}
