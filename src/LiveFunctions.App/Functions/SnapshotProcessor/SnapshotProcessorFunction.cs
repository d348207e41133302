using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.Core.Callbacks.Intake;
using LiveFunctions.Core.Callbacks.Processing;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Functions.SnapshotProcessor;

/// <summary>
/// <c>snapshot-processor</c>: reads <c>snapshot-callbacks</c> and runs <see cref="Core.Callbacks.Processing.SnapshotProcessor"/> for each
/// message. When the snapshot is not finished with (a subscriber still fails, or another attempt holds its claim) the
/// invocation fails, so the queue retries it after its visibility timeout and, after maxDequeueCount attempts, moves it
/// to <c>snapshot-callbacks-poison</c>; the reason is logged, as an error on the last attempt.
/// </summary>
internal static partial class SnapshotProcessorFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "snapshot-processor";

    /// <summary>The declaration (function.json: queueTrigger on <c>snapshot-callbacks</c>).</summary>
    public static QueueFunction Definition { get; } = new(Name, SnapshotCallbackIntake.QueueName, HandleAsync);

    public static async ValueTask HandleAsync(QueueMessageInput message, FunctionContext context)
    {
        var processor = context.Services.GetRequiredService<Core.Callbacks.Processing.SnapshotProcessor>();
        var maxDequeueCount = context.Services.GetRequiredService<IOptions<HostJsonOptions>>().Value.Extensions.Queues.MaxDequeueCount;
        var logger = context.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SnapshotProcessorFunction));
        var lastAttempt = message.DequeueCount >= maxDequeueCount;
        SnapshotProcessingResult result;
        try
        {
            result = await processor.ProcessAsync(message.Text, context.InvocationId, context.CancellationToken);
        }
        catch (Exception exception) when (lastAttempt && exception is not OperationCanceledException)
        {
            LogPoisoned(logger, "(unknown)", message.Id, message.DequeueCount, maxDequeueCount, $"{exception.GetType().Name}: {exception.Message}");
            throw;
        }

        context.Log($"{Name}: message {message.Id} (attempt {message.DequeueCount}): {result.Outcome}: {result.Reason}");
        if (result.Done)
        {
            return;
        }

        if (lastAttempt)
        {
            LogPoisoned(logger, result.DedupeKey, message.Id, message.DequeueCount, maxDequeueCount, result.Reason);
        }
        else
        {
            LogRetrying(logger, result.DedupeKey, message.Id, message.DequeueCount, maxDequeueCount, result.Reason);
        }

        throw new SnapshotNotProcessedException(result);
    }

    [LoggerMessage(EventId = 7311, Level = LogLevel.Warning,
        Message = "Snapshot {DedupeKey} (message {MessageId}) not finished on attempt {Attempt} of {MaxAttempts}: {Reason}; the queue retries it")]
    private static partial void LogRetrying(ILogger logger, string dedupeKey, string messageId, long attempt, int maxAttempts, string reason);

    [LoggerMessage(EventId = 7312, Level = LogLevel.Error,
        Message = "Snapshot {DedupeKey} (message {MessageId}) failed its last attempt ({Attempt} of {MaxAttempts}) and moves to snapshot-callbacks-poison: {Reason}. Fix the cause, then POST /api/callbacks/snapshot/replay-poison")]
    private static partial void LogPoisoned(ILogger logger, string dedupeKey, string messageId, long attempt, int maxAttempts, string reason);
}

/// <summary>Fails the processor's invocation so the queue retries the message; the message is the processor's reason.</summary>
internal sealed class SnapshotNotProcessedException : Exception
{
    public SnapshotNotProcessedException(SnapshotProcessingResult result)
        : base($"{result.Outcome}: {result.Reason}")
    {
        Result = result;
    }

    public SnapshotProcessingResult Result { get; }
}
