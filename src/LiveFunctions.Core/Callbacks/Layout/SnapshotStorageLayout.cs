using System.Globalization;
using LiveFunctions.Core.Callbacks.Parsing;

namespace LiveFunctions.Core.Callbacks.Layout;

/// <summary>
/// Where the snapshot processor keeps its state in blob storage (pure names; the storage client does the I/O):
/// <list type="bullet">
/// <item><c>snapshots/{domain}/{app}/{stream}/latest.json</c> — the newest snapshot of a stream;</item>
/// <item><c>snapshots/{domain}/{app}/{stream}/history/{yyyyMMddHHmmss}-{key8}.json</c> — every snapshot, names
/// sorted by snapshot time (UTC), so a time range is a prefix listing plus <see cref="IsHistoryInRange"/>;</item>
/// <item><c>snapshot-dedupe/{key}</c> — created with <c>If-None-Match: *</c> when processing starts and marked complete at the
/// end (an existing, complete marker means already processed; docs/snapshot-callbacks.md);</item>
/// <item><c>snapshot-deliveries/{key}/{subscriber}</c> — a subscriber already got this snapshot (skip it on a retry);</item>
/// <item><c>snapshot-unrecognised/{yyyyMMddHHmmss}-{key}.json</c> — a body that was not understood, kept for inspection.</item>
/// </list>
/// Domain segments are lower-cased; app and stream names keep their case; every segment is escaped by
/// <see cref="BlobNameSegment"/>.
/// </summary>
public static class SnapshotStorageLayout
{
    /// <summary>Latest and history blobs.</summary>
    public const string SnapshotsContainer = "snapshots";

    /// <summary>Dedupe markers.</summary>
    public const string DedupeContainer = "snapshot-dedupe";

    /// <summary>Per-subscriber delivery markers.</summary>
    public const string DeliveriesContainer = "snapshot-deliveries";

    /// <summary>Bodies that were not understood.</summary>
    public const string UnrecognisedContainer = "snapshot-unrecognised";

    /// <summary>The time layout of history and unrecognised names (UTC, sorts as text in time order).</summary>
    public const string TimeFormat = "yyyyMMddHHmmss";

    private const string HistoryFolder = "history/";
    private const int ShortKeyLength = 8;

    /// <summary>The stream's folder: <c>{domain}/{app}/{stream}/</c>.</summary>
    public static string StreamPrefix(string domainName, string appName, string streamName)
    {
        ArgumentNullException.ThrowIfNull(domainName);
        ArgumentNullException.ThrowIfNull(appName);
        ArgumentNullException.ThrowIfNull(streamName);
        return $"{BlobNameSegment.Escape(domainName.ToLowerInvariant())}/{BlobNameSegment.Escape(appName)}/{BlobNameSegment.Escape(streamName)}/";
    }

    /// <summary>The newest snapshot of the stream (the processor replaces it only with a later snapshot time).</summary>
    public static SnapshotBlobLocation Latest(SnapshotEvent snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(SnapshotsContainer, StreamPrefix(snapshot.DomainName, snapshot.AppName, snapshot.StreamName) + "latest.json");
    }

    /// <summary>The history entry of one snapshot.</summary>
    public static SnapshotBlobLocation History(SnapshotEvent snapshot, string dedupeKey)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrEmpty(dedupeKey);
        var name = HistoryPrefix(snapshot.DomainName, snapshot.AppName, snapshot.StreamName)
            + $"{FormatTime(snapshot.SnapshotTime)}-{dedupeKey[..Math.Min(ShortKeyLength, dedupeKey.Length)]}.json";
        return new(SnapshotsContainer, name);
    }

    /// <summary>The folder holding every history entry of the stream.</summary>
    public static string HistoryPrefix(string domainName, string appName, string streamName) =>
        StreamPrefix(domainName, appName, streamName) + HistoryFolder;

    /// <summary>
    /// The longest prefix shared by the history names of every snapshot in [<paramref name="from"/>, <paramref name="to"/>)
    /// — list with it, then keep the names <see cref="IsHistoryInRange"/> accepts.
    /// </summary>
    public static string HistoryRangePrefix(string domainName, string appName, string streamName, DateTimeOffset from, DateTimeOffset to)
    {
        var prefix = HistoryPrefix(domainName, appName, streamName);
        if (to <= from)
        {
            return prefix;
        }

        var first = FormatTime(from);
        // The last whole second inside the half-open range.
        var last = FormatTime(TruncateToSecond(to.ToUniversalTime()) == to.ToUniversalTime() ? to.AddSeconds(-1) : to);
        var shared = 0;
        while (shared < first.Length && first[shared] == last[shared])
        {
            shared++;
        }

        return prefix + first[..shared];
    }

    /// <summary>Reads the snapshot time (to the second) from a history or unrecognised blob name.</summary>
    public static bool TryReadTime(string blobName, out DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        time = default;
        var file = blobName[(blobName.LastIndexOf('/') + 1)..];
        return file.Length > TimeFormat.Length && file[TimeFormat.Length] == '-'
            && DateTimeOffset.TryParseExact(
                file[..TimeFormat.Length], TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }

    /// <summary>
    /// Whether a history name's second lies in [<paramref name="from"/>, <paramref name="to"/>) taken to whole seconds:
    /// names carry seconds only, so a snapshot at 10:00:00.600 counts as 10:00:00.
    /// </summary>
    public static bool IsHistoryInRange(string blobName, DateTimeOffset from, DateTimeOffset to) =>
        from < to && TryReadTime(blobName, out var time) && time >= TruncateToSecond(from) && time < to;

    /// <summary>The dedupe marker of a snapshot (or of a not-understood body).</summary>
    public static SnapshotBlobLocation DedupeMarker(string dedupeKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(dedupeKey);
        return new(DedupeContainer, dedupeKey);
    }

    /// <summary>The marker saying <paramref name="subscriberName"/> already received the snapshot.</summary>
    public static SnapshotBlobLocation DeliveryMarker(string dedupeKey, string subscriberName)
    {
        ArgumentException.ThrowIfNullOrEmpty(subscriberName);
        return new(DeliveriesContainer, DeliveryMarkersPrefix(dedupeKey) + BlobNameSegment.Escape(subscriberName));
    }

    /// <summary>The folder of one snapshot's delivery markers (list it to see who already has the snapshot).</summary>
    public static string DeliveryMarkersPrefix(string dedupeKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(dedupeKey);
        return dedupeKey + "/";
    }

    /// <summary>Where a body that was not understood is kept, by the time it was received.</summary>
    public static SnapshotBlobLocation Unrecognised(DateTimeOffset receivedAt, string dedupeKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(dedupeKey);
        return new(UnrecognisedContainer, $"{FormatTime(receivedAt)}-{dedupeKey}.json");
    }

    private static string FormatTime(DateTimeOffset time) => time.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset TruncateToSecond(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
