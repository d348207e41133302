namespace LiveFunctions.App.Hosting.Queues;

/// <summary>Log events of the standalone queue listener (event ids 20-39): function, queue, message id and counts only.</summary>
internal static partial class QueueListenerLog
{
    [LoggerMessage(20, LogLevel.Information, "Queue listener started for {FunctionName} on queue {Queue} (batchSize {BatchSize}, maxDequeueCount {MaxDequeueCount}, visibilityTimeout {VisibilityTimeout}, maxPollingInterval {MaxPollingInterval})")]
    public static partial void ListenerStarted(ILogger logger, string functionName, string queue, int batchSize, int maxDequeueCount, TimeSpan visibilityTimeout, TimeSpan maxPollingInterval);

    [LoggerMessage(21, LogLevel.Warning, "Queue {Queue} of {FunctionName}: storage failed; polling again in {RetryInMs} ms")]
    public static partial void PollFailed(ILogger logger, Exception exception, string functionName, string queue, long retryInMs);

    [LoggerMessage(22, LogLevel.Debug, "Queue {Queue} of {FunctionName}: received {Count} message(s)")]
    public static partial void Received(ILogger logger, string functionName, string queue, int count);

    [LoggerMessage(23, LogLevel.Debug, "Queue {Queue}: message {MessageId} processed and deleted")]
    public static partial void Deleted(ILogger logger, string queue, string messageId);

    [LoggerMessage(24, LogLevel.Warning, "Queue {Queue}: message {MessageId} was processed but could not be deleted (gone, or its pop receipt is stale); it may run again")]
    public static partial void DeleteLost(ILogger logger, string queue, string messageId);

    [LoggerMessage(25, LogLevel.Warning, "Queue {Queue}: message {MessageId} failed on attempt {DequeueCount} of {MaxDequeueCount}; retrying after {VisibilityTimeout}")]
    public static partial void Released(ILogger logger, string queue, string messageId, long dequeueCount, int maxDequeueCount, TimeSpan visibilityTimeout);

    [LoggerMessage(26, LogLevel.Error, "Queue {Queue}: message {MessageId} moved to {PoisonQueue} after {DequeueCount} attempt(s)")]
    public static partial void MovedToPoison(ILogger logger, string queue, string messageId, string poisonQueue, long dequeueCount);

    [LoggerMessage(27, LogLevel.Error, "Queue {Queue}: message {MessageId} is not base64 of UTF-8 text (messageEncoding base64); moved to {PoisonQueue} without running")]
    public static partial void NotBase64(ILogger logger, string queue, string messageId, string poisonQueue);

    [LoggerMessage(28, LogLevel.Debug, "Queue {Queue}: message {MessageId} still running; hidden for another {Visibility}")]
    public static partial void VisibilityRenewed(ILogger logger, string queue, string messageId, TimeSpan visibility);

    [LoggerMessage(29, LogLevel.Warning, "Queue {Queue}: message {MessageId} could not be kept hidden (it is gone, or another receiver has it)")]
    public static partial void RenewalLost(ILogger logger, string queue, string messageId);

    [LoggerMessage(30, LogLevel.Warning, "Queue {Queue}: renewing the visibility of message {MessageId} failed; trying again")]
    public static partial void RenewalFailed(ILogger logger, Exception exception, string queue, string messageId);

    [LoggerMessage(31, LogLevel.Error, "Queue {Queue}: completing message {MessageId} failed; it becomes visible again when its visibility timeout ends")]
    public static partial void CompletionFailed(ILogger logger, Exception exception, string queue, string messageId);

    [LoggerMessage(32, LogLevel.Information, "Queue {Queue}: message {MessageId} was interrupted by shutdown; made visible again")]
    public static partial void ReleasedOnShutdown(ILogger logger, string queue, string messageId);

    [LoggerMessage(33, LogLevel.Information, "Queue listener for {FunctionName} on queue {Queue} stopped")]
    public static partial void ListenerStopped(ILogger logger, string functionName, string queue);
}
