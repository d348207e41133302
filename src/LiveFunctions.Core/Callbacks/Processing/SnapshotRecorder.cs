using System.Text;
using System.Text.Json;
using LiveFunctions.Core.Callbacks.Layout;
using LiveFunctions.Core.Callbacks.Queue;
using LiveFunctions.Core.Storage;

namespace LiveFunctions.Core.Callbacks.Processing;

/// <summary>What <see cref="SnapshotRecorder.UpdateLatestAsync"/> did.</summary>
internal enum LatestUpdate
{
    /// <summary><c>latest.json</c> now holds this snapshot.</summary>
    Replaced,

    /// <summary><c>latest.json</c> holds a later snapshot (or this one): left as it is.</summary>
    Kept,
}

/// <summary>
/// Writes a snapshot's records: its history entry (create-only, so a second write of the same snapshot changes
/// nothing), <c>latest.json</c> of its stream (replaced only by a later snapshot, with ETag concurrency) and, for a body
/// that was not understood, its copy in <c>snapshot-unrecognised</c>.
/// </summary>
internal sealed class SnapshotRecorder(StorageBlobs blobs)
{
    private const int MaxLatestRounds = 8;

    /// <summary>Writes the history entry; false when it was there already (an earlier attempt wrote it).</summary>
    public async Task<bool> AddHistoryAsync(StoredSnapshot stored, CancellationToken cancellationToken)
    {
        var location = SnapshotStorageLayout.History(stored.Snapshot, stored.DedupeKey);
        var written = await blobs.PutJsonAsync(
            location.Container, location.BlobName, stored, BlobCondition.CreateOnly, SnapshotCallbackMessageJson.Options, cancellationToken);
        return written.Succeeded;
    }

    /// <summary>Makes <paramref name="stored"/> the stream's latest snapshot unless a later one is recorded.</summary>
    public async Task<LatestUpdate> UpdateLatestAsync(StoredSnapshot stored, CancellationToken cancellationToken)
    {
        var location = SnapshotStorageLayout.Latest(stored.Snapshot);
        for (var round = 0; round < MaxLatestRounds; round++)
        {
            var current = await blobs.GetAsync(location.Container, location.BlobName, cancellationToken);
            BlobCondition condition;
            if (current is null)
            {
                condition = BlobCondition.CreateOnly;
            }
            else
            {
                var existing = ReadStored(current.Content);
                if (existing is not null && !stored.IsLaterThan(existing))
                {
                    return LatestUpdate.Kept;
                }

                condition = BlobCondition.IfMatch(current.ETag);
            }

            var written = await blobs.PutJsonAsync(
                location.Container, location.BlobName, stored, condition, SnapshotCallbackMessageJson.Options, cancellationToken);
            if (written.Succeeded)
            {
                return LatestUpdate.Replaced;
            }
        }

        // Every round lost to a concurrent writer of the same stream; the queue's retry tries again.
        throw new InvalidOperationException($"latest.json of {location.BlobName} kept changing during {MaxLatestRounds} attempts to update it.");
    }

    /// <summary>Keeps a message whose body was not understood (the whole message JSON, raw body included) for inspection.</summary>
    public async Task KeepUnrecognisedAsync(SnapshotCallbackMessage message, CancellationToken cancellationToken)
    {
        var location = SnapshotStorageLayout.Unrecognised(message.ReceivedAt, message.DedupeKey);
        await blobs.PutAsync(
            location.Container, location.BlobName, Encoding.UTF8.GetBytes(SnapshotCallbackMessageJson.Serialize(message)),
            BlobCondition.CreateOnly, "application/json", cancellationToken);
    }

    /// <summary>Keeps a queue message that is not a snapshot callback message at all (written by something else).</summary>
    public async Task KeepForeignAsync(string text, DateTimeOffset at, string key, CancellationToken cancellationToken)
    {
        var location = SnapshotStorageLayout.Unrecognised(at, key);
        await blobs.PutAsync(
            location.Container, location.BlobName, Encoding.UTF8.GetBytes(text), BlobCondition.CreateOnly, "text/plain; charset=utf-8", cancellationToken);
    }

    /// <summary>Reads a stored snapshot; null when the blob does not hold one (it is then treated as absent and replaced).</summary>
    public static StoredSnapshot? ReadStored(ReadOnlyMemory<byte> content)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<StoredSnapshot>(content.Span, SnapshotCallbackMessageJson.Options);
            // Constructor parameters missing from the JSON come back as null.
            return stored is { DedupeKey: not null, Snapshot: { DomainName: not null, AppName: not null, StreamName: not null } } ? stored : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
