using Microsoft.Extensions.Logging;

namespace LiveFunctions.Core.Storage.Http;

/// <summary>The storage client's log messages. They name operation, resource, status and duration; never a key or a header.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug,
        Message = "Storage {Operation} {Resource} answered {Status} in {DurationMs:0.0} ms")]
    public static partial void Completed(ILogger logger, string operation, string resource, int status, double durationMs);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Storage {Operation} {Resource} failed with {Status} {ErrorCode} after {DurationMs:0.0} ms")]
    public static partial void Failed(ILogger logger, string operation, string resource, int status, string? errorCode, double durationMs);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "Storage {Operation} {Resource} got no answer after {DurationMs:0.0} ms")]
    public static partial void NoAnswer(ILogger logger, Exception exception, string operation, string resource, double durationMs);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information,
        Message = "Storage {Method} {Path}: attempt {Attempt} ended with {Reason}; retrying in {DelayMs:0} ms")]
    public static partial void Retrying(ILogger logger, string method, string path, int attempt, string reason, double delayMs);
}
