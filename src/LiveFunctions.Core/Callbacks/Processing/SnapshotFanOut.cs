using LiveFunctions.Core.Callbacks.Delivery;
using LiveFunctions.Core.Callbacks.Layout;
using LiveFunctions.Core.Callbacks.Queue;
using LiveFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Callbacks.Processing;

/// <summary>The outcome of one fan-out run.</summary>
/// <param name="AlreadyServed">Subscribers skipped because their delivery marker exists (an earlier attempt reached them).</param>
/// <param name="Deliveries">One result per subscriber tried in this run.</param>
internal sealed record FanOutResult(IReadOnlyList<string> AlreadyServed, IReadOnlyList<SubscriberDeliveryResult> Deliveries)
{
    /// <summary>The deliveries that failed.</summary>
    public IReadOnlyList<SubscriberDeliveryResult> Failed => Deliveries.Where(d => !d.Delivered).ToArray();
}

/// <summary>
/// Sends an understood snapshot to every configured subscriber that has not received it yet, in parallel. A subscriber
/// counts as served once its marker <c>snapshot-deliveries/{key}/{subscriber}</c> exists; the marker is written right
/// after its 2xx, so a queue retry after another subscriber failed does not deliver to this one again.
/// </summary>
internal sealed class SnapshotFanOut(StorageBlobs blobs, SubscriberDelivery delivery, IOptions<SnapshotCallbackOptions> options, TimeProvider time)
{
    public async Task<FanOutResult> DeliverAsync(SnapshotCallbackMessage message, CancellationToken cancellationToken)
    {
        var subscribers = options.Value.Subscribers;
        if (subscribers.Count == 0)
        {
            return new FanOutResult([], []);
        }

        var prefix = SnapshotStorageLayout.DeliveryMarkersPrefix(message.DedupeKey);
        var markers = await blobs.ListAsync(SnapshotStorageLayout.DeliveriesContainer, prefix, cancellationToken);
        var served = markers.Select(m => m.Name[prefix.Length..]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (done, pending) = (new List<string>(), new List<SnapshotSubscriberOptions>());
        foreach (var subscriber in subscribers)
        {
            var marker = SnapshotStorageLayout.DeliveryMarker(message.DedupeKey, subscriber.Name);
            if (served.Contains(marker.BlobName[prefix.Length..]))
            {
                done.Add(subscriber.Name);
            }
            else
            {
                pending.Add(subscriber);
            }
        }

        var results = await Task.WhenAll(pending.Select(s => DeliverOneAsync(s, message, cancellationToken)));
        return new FanOutResult(done, results);
    }

    private async Task<SubscriberDeliveryResult> DeliverOneAsync(
        SnapshotSubscriberOptions subscriber, SnapshotCallbackMessage message, CancellationToken cancellationToken)
    {
        var result = await delivery.DeliverAsync(subscriber, message, cancellationToken);
        if (result.Delivered)
        {
            var marker = SnapshotStorageLayout.DeliveryMarker(message.DedupeKey, subscriber.Name);
            var record = new DeliveryRecord(subscriber.Name, time.GetUtcNow(), result.Attempts, result.StatusCode);
            // Create-only: a marker that exists already (a concurrent attempt) says the same thing.
            await blobs.PutJsonAsync(
                marker.Container, marker.BlobName, record, BlobCondition.CreateOnly, SnapshotCallbackMessageJson.Options, cancellationToken);
        }

        return result;
    }

    /// <summary>The content of a delivery marker (for people looking at it; only its existence is read back).</summary>
    private sealed record DeliveryRecord(string Subscriber, DateTimeOffset DeliveredAt, int Attempts, int? StatusCode);
}
