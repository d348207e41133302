using LiveFunctions.Core.Callbacks.Parsing;

namespace LiveFunctions.Core.Callbacks.Processing;

/// <summary>
/// One recorded snapshot, as kept in <c>latest.json</c> and the history blobs and as the query routes answer it
/// (PascalCase JSON).
/// </summary>
/// <param name="DedupeKey">The snapshot's exactly-once key.</param>
/// <param name="ReceivedAt">When the intake received the Live callback (UTC).</param>
/// <param name="Authenticated">Whether the callback carried a valid ALI-LIVE-SIGNATURE.</param>
/// <param name="Snapshot">The snapshot as understood from the callback body.</param>
public sealed record StoredSnapshot(string DedupeKey, DateTimeOffset ReceivedAt, bool Authenticated, SnapshotEvent Snapshot)
{
    /// <summary>
    /// Whether this snapshot should replace <paramref name="other"/> as the latest: a later snapshot time, or the same
    /// time and a greater key (so that two snapshots of one millisecond settle on the same one whatever their order).
    /// </summary>
    public bool IsLaterThan(StoredSnapshot other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var byTime = Snapshot.SnapshotTime.CompareTo(other.Snapshot.SnapshotTime);
        return byTime > 0 || (byTime == 0 && string.CompareOrdinal(DedupeKey, other.DedupeKey) > 0);
    }
}
