using System.Text;
using LiveFunctions.Core.Callbacks.Delivery;
using LiveFunctions.Core.Callbacks.Layout;
using LiveFunctions.Core.Callbacks.Parsing;
using LiveFunctions.Core.Callbacks.Queue;
using LiveFunctions.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Callbacks.Processing;

/// <summary>
/// Processes one message of the <c>snapshot-callbacks</c> queue exactly once per snapshot: claim the dedupe marker,
/// write the history entry, replace <c>latest.json</c> if newer, deliver to each subscriber without a delivery marker,
/// mark the claim complete (docs/snapshot-callbacks.md, "Processing"). Every step can be repeated safely, so an attempt
/// that fails part-way is simply run again by the queue. Expected endings are results; a storage failure throws (after
/// giving the claim up) and the queue retries the message.
/// </summary>
public sealed partial class SnapshotProcessor
{
    private readonly SnapshotContainers _containers;
    private readonly SnapshotClaims _claims;
    private readonly SnapshotRecorder _recorder;
    private readonly SnapshotFanOut _fanOut;
    private readonly SnapshotCallbackOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SnapshotProcessor> _logger;

    internal SnapshotProcessor(
        SnapshotContainers containers, SnapshotClaims claims, SnapshotRecorder recorder, SnapshotFanOut fanOut,
        IOptions<SnapshotCallbackOptions> options, TimeProvider time, ILogger<SnapshotProcessor> logger)
    {
        _containers = containers;
        _claims = claims;
        _recorder = recorder;
        _fanOut = fanOut;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// How long an attempt may work before another copy may take its claim over: every delivery attempt of the slowest
    /// subscriber with the longest back-offs between them, plus a minute for the storage steps.
    /// </summary>
    public TimeSpan ClaimLease
    {
        get
        {
            var attempts = Math.Max(1, _options.DeliveryAttempts);
            var slowest = _options.Subscribers.Select(s => s.Timeout ?? _options.SubscriberTimeout).DefaultIfEmpty(_options.SubscriberTimeout).Max();
            return (slowest * attempts) + (_options.DeliveryMaxDelay * (attempts - 1)) + TimeSpan.FromMinutes(1);
        }
    }

    /// <summary>
    /// Processes one queue message. <paramref name="attemptId"/> names this attempt in the dedupe marker and the logs
    /// (the invocation id).
    /// </summary>
    public async Task<SnapshotProcessingResult> ProcessAsync(string messageText, string attemptId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        ArgumentException.ThrowIfNullOrEmpty(attemptId);
        await _containers.EnsureAsync(cancellationToken);
        if (!SnapshotCallbackMessageJson.TryDeserialize(messageText, out var message))
        {
            var key = SnapshotDedupeKey.ForRawBody(Encoding.UTF8.GetBytes(messageText));
            await _recorder.KeepForeignAsync(messageText, _time.GetUtcNow(), key, cancellationToken);
            LogInvalidMessage(_logger, key);
            return Result(SnapshotProcessingOutcome.InvalidMessage, key, "The queue message is not a snapshot callback message; it was kept in snapshot-unrecognised.");
        }

        var claim = await _claims.ClaimAsync(message.DedupeKey, attemptId, ClaimLease, cancellationToken);
        switch (claim.Outcome)
        {
            case SnapshotClaimOutcome.AlreadyComplete:
                LogDuplicate(_logger, message.DedupeKey, message.ReceiptId);
                return Result(SnapshotProcessingOutcome.Duplicate, message.DedupeKey, "Already processed; this copy was dropped.");
            case SnapshotClaimOutcome.Busy:
                LogBusy(_logger, message.DedupeKey, claim.Marker.LeaseUntil);
                return Result(
                    SnapshotProcessingOutcome.InProgressElsewhere, message.DedupeKey,
                    $"Another attempt is processing this snapshot (claim held until {claim.Marker.LeaseUntil:O}); retry later.");
        }

        if (claim.TookOver)
        {
            LogTookOver(_logger, message.DedupeKey, claim.Marker.Attempts, claim.Marker.LastFailure ?? "(no failure recorded: it stopped without finishing)");
        }

        try
        {
            var result = await RunStepsAsync(message, cancellationToken);
            if (result.Done)
            {
                if (!await _claims.CompleteAsync(claim, cancellationToken))
                {
                    LogLostClaim(_logger, message.DedupeKey);
                }
            }
            else
            {
                await ReleaseAsync(claim, result.Reason);
            }

            return result;
        }
        catch (Exception exception)
        {
            await ReleaseAsync(claim, $"{exception.GetType().Name}: {exception.Message}");
            throw;
        }
    }

    private async Task<SnapshotProcessingResult> RunStepsAsync(SnapshotCallbackMessage message, CancellationToken cancellationToken)
    {
        if (message.Snapshot is not { } snapshot)
        {
            await _recorder.KeepUnrecognisedAsync(message, cancellationToken);
            LogUnrecognised(_logger, message.DedupeKey, message.Problem ?? "(no reason given)");
            return Result(SnapshotProcessingOutcome.Unrecognised, message.DedupeKey, "The body was not understood; it was kept in snapshot-unrecognised.");
        }

        if (SnapshotStorageLayout.History(snapshot, message.DedupeKey).BlobName.Length > StorageNames.MaxBlobNameLength)
        {
            await _recorder.KeepUnrecognisedAsync(message with { Understood = false, Snapshot = null, Problem = "The stream names are too long for blob names." }, cancellationToken);
            LogUnrecognised(_logger, message.DedupeKey, "the stream names are too long for blob names");
            return Result(SnapshotProcessingOutcome.Unrecognised, message.DedupeKey, "The stream names are too long to record; the message was kept in snapshot-unrecognised.");
        }

        var stored = new StoredSnapshot(message.DedupeKey, message.ReceivedAt, message.Authenticated, snapshot);
        await _recorder.AddHistoryAsync(stored, cancellationToken);
        var latest = await _recorder.UpdateLatestAsync(stored, cancellationToken);
        var fanOut = await _fanOut.DeliverAsync(message, cancellationToken);
        var failed = fanOut.Failed;
        if (failed.Count > 0)
        {
            var reason = "Not delivered to " + string.Join("; ", failed.Select(f => $"{f.Subscriber} ({f.Failure})"));
            LogDeliveryFailed(_logger, message.DedupeKey, reason);
            return new SnapshotProcessingResult(SnapshotProcessingOutcome.DeliveryFailed, message.DedupeKey, reason + ".", fanOut.Deliveries);
        }

        LogProcessed(
            _logger, message.DedupeKey, snapshot.DomainName, snapshot.AppName, snapshot.StreamName, snapshot.SnapshotTime,
            latest == LatestUpdate.Replaced, fanOut.Deliveries.Count, fanOut.AlreadyServed.Count);
        return new SnapshotProcessingResult(SnapshotProcessingOutcome.Processed, message.DedupeKey, "Processed.", fanOut.Deliveries);
    }

    private async Task ReleaseAsync(SnapshotClaim claim, string failure)
    {
        try
        {
            // Not the invocation's token: a cancelled attempt should still hand its claim back. The storage client's
            // own timeouts bound this call.
            if (!await _claims.ReleaseAsync(claim, failure, CancellationToken.None))
            {
                LogLostClaim(_logger, claim.DedupeKey);
            }
        }
        catch (Exception exception) when (exception is StorageRequestException or OperationCanceledException)
        {
            // The lease runs out by itself; the next attempt takes over then.
            LogReleaseFailed(_logger, exception, claim.DedupeKey, claim.Marker.LeaseUntil);
        }
    }

    private static SnapshotProcessingResult Result(SnapshotProcessingOutcome outcome, string key, string reason) =>
        new(outcome, key, reason, Array.Empty<SubscriberDeliveryResult>());
}
