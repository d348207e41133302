using System.Text.Json;
using LiveFunctions.Core.Callbacks.Layout;
using LiveFunctions.Core.Callbacks.Queue;
using LiveFunctions.Core.Storage;

namespace LiveFunctions.Core.Callbacks.Processing;

/// <summary>
/// The exactly-once claim on a snapshot, kept in its dedupe marker blob with ETag concurrency ("claim first, complete
/// last"). A copy of the callback finds one of three things: no marker (it creates one and works), a complete marker
/// (it is dropped), or a processing marker. A processing marker whose lease is live belongs to a running attempt, so the
/// copy is left to the queue's retry; one whose lease is over belongs to an attempt that crashed or gave up, so the copy
/// takes it over. Only a complete marker ever drops a copy, so a crash in the middle cannot lose the event.
/// </summary>
internal sealed class SnapshotClaims(StorageBlobs blobs, TimeProvider time)
{
    // Each round loses only to a concurrent write; after this many the other writers are clearly active.
    private const int MaxRounds = 5;

    /// <summary>Claims the snapshot <paramref name="dedupeKey"/> for the attempt <paramref name="owner"/> for <paramref name="lease"/>.</summary>
    public async Task<SnapshotClaim> ClaimAsync(string dedupeKey, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        var location = SnapshotStorageLayout.DedupeMarker(dedupeKey);
        for (var round = 0; round < MaxRounds; round++)
        {
            var now = time.GetUtcNow();
            var fresh = new SnapshotDedupeMarker { State = SnapshotMarkerState.Processing, Owner = owner, Attempts = 1, ClaimedAt = now, LeaseUntil = now + lease };
            var created = await WriteAsync(location, fresh, BlobCondition.CreateOnly, cancellationToken);
            if (created.Succeeded)
            {
                return new SnapshotClaim(SnapshotClaimOutcome.Claimed, dedupeKey, fresh, created.ETag, TookOver: false);
            }

            var existing = await blobs.GetAsync(location.Container, location.BlobName, cancellationToken);
            if (existing is null)
            {
                continue; // Deleted in between: try to create it again.
            }

            var marker = Read(existing.Content);
            if (marker is { State: SnapshotMarkerState.Complete })
            {
                return new SnapshotClaim(SnapshotClaimOutcome.AlreadyComplete, dedupeKey, marker, null, TookOver: false);
            }

            if (marker is not null && marker.LeaseUntil > now)
            {
                return new SnapshotClaim(SnapshotClaimOutcome.Busy, dedupeKey, marker, null, TookOver: false);
            }

            // Stale (or unreadable, which no attempt of ours writes): take it over, unless another copy does so first.
            var taken = new SnapshotDedupeMarker
            {
                State = SnapshotMarkerState.Processing,
                Owner = owner,
                Attempts = (marker?.Attempts ?? 0) + 1,
                ClaimedAt = now,
                LeaseUntil = now + lease,
                LastFailure = marker?.LastFailure,
            };
            var written = await WriteAsync(location, taken, BlobCondition.IfMatch(existing.ETag), cancellationToken);
            if (written.Succeeded)
            {
                return new SnapshotClaim(SnapshotClaimOutcome.Claimed, dedupeKey, taken, written.ETag, TookOver: true);
            }
        }

        // Every round lost to another copy's write: that copy is working on it now.
        var at = time.GetUtcNow();
        var contended = new SnapshotDedupeMarker
        {
            State = SnapshotMarkerState.Processing, Owner = "(contended)", Attempts = 0, ClaimedAt = at, LeaseUntil = at,
        };
        return new SnapshotClaim(SnapshotClaimOutcome.Busy, dedupeKey, contended, null, TookOver: false);
    }

    /// <summary>
    /// Marks the claimed snapshot complete. False when this attempt no longer owns the marker (its lease ran out and
    /// another attempt took over; that attempt completes it) — unless the marker is complete already.
    /// </summary>
    public async Task<bool> CompleteAsync(SnapshotClaim claim, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var done = claim.Marker with { State = SnapshotMarkerState.Complete, CompletedAt = now, LeaseUntil = now, LastFailure = null };
        var location = SnapshotStorageLayout.DedupeMarker(claim.DedupeKey);
        var written = await WriteAsync(location, done, BlobCondition.IfMatch(Owned(claim)), cancellationToken);
        if (written.Succeeded)
        {
            return true;
        }

        var current = await blobs.GetAsync(location.Container, location.BlobName, cancellationToken);
        return current is not null && Read(current.Content) is { State: SnapshotMarkerState.Complete };
    }

    /// <summary>
    /// Gives the claim up after a failure: the lease ends now, so the queue's next attempt takes over at once, and the
    /// reason is kept on the marker. False when another attempt owns the marker by now.
    /// </summary>
    public async Task<bool> ReleaseAsync(SnapshotClaim claim, string failure, CancellationToken cancellationToken)
    {
        var released = claim.Marker with { LeaseUntil = time.GetUtcNow(), LastFailure = failure };
        var written = await WriteAsync(SnapshotStorageLayout.DedupeMarker(claim.DedupeKey), released, BlobCondition.IfMatch(Owned(claim)), cancellationToken);
        return written.Succeeded;
    }

    private static string Owned(SnapshotClaim claim) =>
        claim is { Outcome: SnapshotClaimOutcome.Claimed, ETag: { } etag }
            ? etag
            : throw new InvalidOperationException("Only a claim this attempt holds can be completed or released.");

    private Task<BlobWriteResult> WriteAsync(SnapshotBlobLocation location, SnapshotDedupeMarker marker, BlobCondition condition, CancellationToken cancellationToken) =>
        blobs.PutJsonAsync(location.Container, location.BlobName, marker, condition, SnapshotCallbackMessageJson.Options, cancellationToken);

    private static SnapshotDedupeMarker? Read(ReadOnlyMemory<byte> content)
    {
        try
        {
            return JsonSerializer.Deserialize<SnapshotDedupeMarker>(content.Span, SnapshotCallbackMessageJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
