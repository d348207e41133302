using LiveFunctions.Core.Callbacks.Intake;
using LiveFunctions.Core.Storage;
using Microsoft.Extensions.Logging;

namespace LiveFunctions.Core.Callbacks.Processing;

/// <summary>What a replay moved.</summary>
/// <param name="Replayed">Messages moved from <c>snapshot-callbacks-poison</c> back to <c>snapshot-callbacks</c>.</param>
/// <param name="Remaining">The poison queue's approximate message count afterwards.</param>
public sealed record PoisonReplayResult(int Replayed, int Remaining);

/// <summary>
/// Moves messages of <c>snapshot-callbacks-poison</c> back to <c>snapshot-callbacks</c> once the cause (say, a subscriber
/// that was down) is fixed. Each message is received (hidden), sent again as a new message with its original text, then
/// deleted from the poison queue. The processor takes such a message up again: the dedupe marker of an event that never
/// completed has a released or expired claim, so it does not block it, and the subscribers served before are skipped.
/// If the delete fails after the send, the message is replayed twice later, which the dedupe marker absorbs.
/// </summary>
public sealed partial class SnapshotPoisonReplay
{
    /// <summary>The largest number of messages one replay moves.</summary>
    public const int MaxMessages = 1000;

    private const int BatchSize = 32;
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(2);
    private readonly StorageQueues _queues;
    private readonly ILogger<SnapshotPoisonReplay> _logger;

    /// <summary>Creates the replay.</summary>
    public SnapshotPoisonReplay(StorageQueues queues, ILogger<SnapshotPoisonReplay> logger)
    {
        _queues = queues;
        _logger = logger;
    }

    /// <summary>Moves up to <paramref name="max"/> (1 to <see cref="MaxMessages"/>) poison messages back to the processor's queue.</summary>
    public async Task<PoisonReplayResult> ReplayAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(max, MaxMessages);
        const string poison = SnapshotCallbackIntake.PoisonQueueName;
        if (await _queues.GetApproximateCountAsync(poison, cancellationToken) is null)
        {
            return new PoisonReplayResult(0, 0);
        }

        await _queues.CreateIfNotExistsAsync(SnapshotCallbackIntake.QueueName, cancellationToken);
        var replayed = 0;
        while (replayed < max)
        {
            var batch = await _queues.ReceiveAsync(poison, Math.Min(BatchSize, max - replayed), Hold, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var moved = await Task.WhenAll(batch.Select(m => MoveAsync(m, cancellationToken)));
            replayed += moved.Count(m => m);
            if (moved.Contains(false))
            {
                break; // Something failed; what is left stays in the poison queue for the next replay.
            }
        }

        var remaining = await _queues.GetApproximateCountAsync(poison, cancellationToken) ?? 0;
        LogReplayed(_logger, replayed, remaining);
        return new PoisonReplayResult(replayed, remaining);
    }

    private async Task<bool> MoveAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await _queues.SendAsync(SnapshotCallbackIntake.QueueName, message.Text, cancellationToken: cancellationToken);
        }
        catch (StorageRequestException exception)
        {
            LogMoveFailed(_logger, exception, message.MessageId);
            await ShowAgainAsync(message);
            return false;
        }

        if (!await _queues.DeleteAsync(SnapshotCallbackIntake.PoisonQueueName, message.MessageId, message.PopReceipt!, cancellationToken))
        {
            LogDeleteLost(_logger, message.MessageId);
        }

        return true;
    }

    // Visible again at once rather than after the hold, so the next replay finds it; if even that fails, the hold ends by itself.
    private async Task ShowAgainAsync(QueueMessage message)
    {
        try
        {
            await _queues.UpdateVisibilityAsync(SnapshotCallbackIntake.PoisonQueueName, message.MessageId, message.PopReceipt!, TimeSpan.Zero, CancellationToken.None);
        }
        catch (StorageRequestException)
        {
            // Nothing more to do: it reappears when the hold runs out.
        }
    }

    [LoggerMessage(EventId = 7211, Level = LogLevel.Information, Message = "Replayed {Replayed} message(s) from snapshot-callbacks-poison to snapshot-callbacks; about {Remaining} left")]
    private static partial void LogReplayed(ILogger logger, int replayed, int remaining);

    [LoggerMessage(EventId = 7212, Level = LogLevel.Warning, Message = "Could not replay poison message {MessageId}; it stays in snapshot-callbacks-poison")]
    private static partial void LogMoveFailed(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(EventId = 7213, Level = LogLevel.Warning, Message = "Poison message {MessageId} was replayed but could not be deleted from snapshot-callbacks-poison (its receipt went stale); a later replay sends it again and the processor drops the copy")]
    private static partial void LogDeleteLost(ILogger logger, string messageId);
}
