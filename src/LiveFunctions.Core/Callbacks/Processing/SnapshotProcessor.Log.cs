using Microsoft.Extensions.Logging;

namespace LiveFunctions.Core.Callbacks.Processing;

/// <summary>The processor's log events (7201-7209). They name keys, streams and subscribers, never URLs or secrets.</summary>
public sealed partial class SnapshotProcessor
{
    [LoggerMessage(EventId = 7201, Level = LogLevel.Information,
        Message = "Snapshot {DedupeKey} of {DomainName}/{AppName}/{StreamName} at {SnapshotTime:O} processed (latest replaced: {LatestReplaced}; delivered to {Delivered} subscriber(s), {AlreadyServed} served before)")]
    private static partial void LogProcessed(
        ILogger logger, string dedupeKey, string domainName, string appName, string streamName, DateTimeOffset snapshotTime,
        bool latestReplaced, int delivered, int alreadyServed);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Information, Message = "Snapshot {DedupeKey} was processed before; duplicate copy (receipt {ReceiptId}) dropped")]
    private static partial void LogDuplicate(ILogger logger, string dedupeKey, string? receiptId);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Warning, Message = "Snapshot {DedupeKey} is being processed by another attempt (claim held until {LeaseUntil:O}); this copy is left to the queue's retry")]
    private static partial void LogBusy(ILogger logger, string dedupeKey, DateTimeOffset leaseUntil);

    [LoggerMessage(EventId = 7204, Level = LogLevel.Warning, Message = "Snapshot callback {DedupeKey} was not understood ({Problem}); kept in snapshot-unrecognised, not delivered")]
    private static partial void LogUnrecognised(ILogger logger, string dedupeKey, string problem);

    [LoggerMessage(EventId = 7205, Level = LogLevel.Error, Message = "A message on snapshot-callbacks is not a snapshot callback message; kept in snapshot-unrecognised under key {Key}")]
    private static partial void LogInvalidMessage(ILogger logger, string key);

    [LoggerMessage(EventId = 7206, Level = LogLevel.Warning, Message = "Snapshot {DedupeKey} not fully delivered: {Reason}; the queue retries it")]
    private static partial void LogDeliveryFailed(ILogger logger, string dedupeKey, string reason);

    [LoggerMessage(EventId = 7207, Level = LogLevel.Warning, Message = "Snapshot {DedupeKey}: taking over from an earlier attempt that did not finish (attempt {Attempt}; last failure: {LastFailure})")]
    private static partial void LogTookOver(ILogger logger, string dedupeKey, int attempt, string lastFailure);

    [LoggerMessage(EventId = 7208, Level = LogLevel.Warning, Message = "Snapshot {DedupeKey}: could not give the claim up; the next attempt takes over after {LeaseUntil:O}")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string dedupeKey, DateTimeOffset leaseUntil);

    [LoggerMessage(EventId = 7209, Level = LogLevel.Warning, Message = "Snapshot {DedupeKey}: the claim was taken over by another attempt before this one finished; that attempt completes it")]
    private static partial void LogLostClaim(ILogger logger, string dedupeKey);
}
