using LiveFunctions.Core.Callbacks.Layout;
using LiveFunctions.Core.Storage;

namespace LiveFunctions.Core.Callbacks.Processing;

/// <summary>
/// Reads what the processor recorded: the latest snapshot of a stream and a time range of its history. Reads only; a
/// stream (or container) that does not exist yet reads as empty.
/// </summary>
public sealed class SnapshotReader
{
    private const string HistoryExtension = ".json";
    private const int ParallelReads = 8;
    private readonly StorageBlobs _blobs;

    /// <summary>Creates the reader.</summary>
    public SnapshotReader(StorageBlobs blobs) => _blobs = blobs;

    /// <summary>The stream's latest snapshot; null when none was recorded.</summary>
    public async Task<StoredSnapshot?> GetLatestAsync(string domainName, string appName, string streamName, CancellationToken cancellationToken = default)
    {
        var name = SnapshotStorageLayout.StreamPrefix(domainName, appName, streamName) + "latest.json";
        if (name.Length > StorageNames.MaxBlobNameLength)
        {
            return null; // Too long to have been recorded.
        }

        var blob = await _blobs.GetAsync(SnapshotStorageLayout.SnapshotsContainer, name, cancellationToken);
        return blob is null ? null : SnapshotRecorder.ReadStored(blob.Content);
    }

    /// <summary>The snapshots of <paramref name="query"/>'s range, oldest first, at most <see cref="SnapshotHistoryQuery.Limit"/>.</summary>
    public async Task<SnapshotHistoryPage> GetHistoryAsync(SnapshotHistoryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, SnapshotHistoryQuery.MaxLimit);
        if (query.Continuation is not null && !SnapshotHistoryQuery.IsContinuation(query.Continuation))
        {
            throw new ArgumentException("Not a continuation of a history page.", nameof(query));
        }

        var folder = SnapshotStorageLayout.HistoryPrefix(query.DomainName, query.AppName, query.StreamName);
        if (query.From >= query.To || folder.Length + 28 > StorageNames.MaxBlobNameLength)
        {
            return new SnapshotHistoryPage([], null);
        }

        var prefix = SnapshotStorageLayout.HistoryRangePrefix(query.DomainName, query.AppName, query.StreamName, query.From, query.To);
        var names = (await _blobs.ListAsync(SnapshotStorageLayout.SnapshotsContainer, prefix, cancellationToken))
            .Select(b => b.Name)
            .Where(n => n.EndsWith(HistoryExtension, StringComparison.Ordinal) && SnapshotStorageLayout.IsHistoryInRange(n, query.From, query.To))
            .Where(n => query.Continuation is null || string.CompareOrdinal(Entry(n), query.Continuation) > 0)
            .Order(StringComparer.Ordinal)
            .ToList();
        var page = names.Take(query.Limit).ToArray();
        var read = new StoredSnapshot?[page.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, page.Length),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var blob = await _blobs.GetAsync(SnapshotStorageLayout.SnapshotsContainer, page[i], token);
                read[i] = blob is null ? null : SnapshotRecorder.ReadStored(blob.Content);
            });

        // Names carry whole seconds; the exact times decide at the range's edges.
        var snapshots = read
            .OfType<StoredSnapshot>()
            .Where(s => s.Snapshot.SnapshotTime >= query.From && s.Snapshot.SnapshotTime < query.To)
            .ToArray();
        var continuation = names.Count > page.Length ? Entry(page[^1]) : null;
        return new SnapshotHistoryPage(snapshots, continuation);
    }

    /// <summary>The entry part of a history name: <c>{yyyyMMddHHmmss}-{key8}</c>.</summary>
    private static string Entry(string blobName)
    {
        var file = blobName[(blobName.LastIndexOf('/') + 1)..];
        return file[..^HistoryExtension.Length];
    }
}
