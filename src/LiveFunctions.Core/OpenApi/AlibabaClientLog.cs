using Microsoft.Extensions.Logging;

namespace LiveFunctions.Core.OpenApi;

/// <summary>
/// The client's log lines. They carry the action, the attempt, the status, the Code, the RequestId and timings;
/// never a secret, a security token or a signature.
/// </summary>
internal static partial class AlibabaClientLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug,
        Message = "{Action} attempt {Attempt}: HTTP {StatusCode} in {DurationMs} ms, RequestId {RequestId}")]
    public static partial void Succeeded(ILogger logger, string action, int attempt, int statusCode, long durationMs, string? requestId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "{Action} attempt {Attempt} failed: HTTP {StatusCode} {Code} in {DurationMs} ms, RequestId {RequestId}")]
    public static partial void AttemptFailed(ILogger logger, string action, int attempt, int statusCode, string code, long durationMs, string? requestId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information,
        Message = "{Action}: retrying after {Code} in {DelayMs} ms (attempt {NextAttempt} of at most {MaxAttempts})")]
    public static partial void Retrying(ILogger logger, string action, string code, long delayMs, int nextAttempt, int maxAttempts);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning,
        Message = "{Action} failed after {Attempts} attempt(s) in {ElapsedMs} ms: HTTP {StatusCode} {Code}, RequestId {RequestId}")]
    public static partial void Failed(ILogger logger, string action, int attempts, long elapsedMs, int statusCode, string code, string? requestId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information,
        Message = "{Action} not sent: {ErrorCount} broken rule(s), first {Code} on {Parameter}")]
    public static partial void NotSent(ILogger logger, string action, int errorCount, string code, string parameter);
}
