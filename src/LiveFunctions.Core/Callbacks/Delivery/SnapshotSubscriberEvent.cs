using LiveFunctions.Core.Callbacks.Parsing;

namespace LiveFunctions.Core.Callbacks.Delivery;

/// <summary>
/// The JSON body POSTed to a subscriber webhook (PascalCase names). It is signed as a whole by
/// <c>X-LiveFunctions-Signature</c>, so <see cref="SentAt"/> lets a subscriber refuse replays and
/// <see cref="DedupeKey"/> lets it ignore a snapshot it already has.
/// </summary>
/// <param name="Type">Always <see cref="SnapshotType"/>.</param>
/// <param name="DedupeKey">The snapshot's exactly-once key; the same on every retry.</param>
/// <param name="ReceivedAt">When LiveFunctions received the Live callback (UTC).</param>
/// <param name="SentAt">When this delivery attempt was made (UTC); new on every attempt.</param>
/// <param name="Authenticated">Whether the Live callback carried a valid ALI-LIVE-SIGNATURE.</param>
/// <param name="Snapshot">The snapshot.</param>
public sealed record SnapshotSubscriberEvent(
    string Type,
    string DedupeKey,
    DateTimeOffset ReceivedAt,
    DateTimeOffset SentAt,
    bool Authenticated,
    SnapshotEvent Snapshot)
{
    /// <summary>The <see cref="Type"/> of snapshot events.</summary>
    public const string SnapshotType = "live.snapshot";
}
