namespace LiveFunctions.App.Hosting;

/// <summary>The hosting's log events. Function names, invocation ids, durations and status codes only: never a secret.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(1, LogLevel.Information, "LiveFunctions hosting started {Mode} with {FunctionCount} functions (host.json: {HostJsonPath})")]
    public static partial void HostingStarted(ILogger logger, string mode, int functionCount, string hostJsonPath);

    [LoggerMessage(2, LogLevel.Information, "Function {FunctionName} invocation {InvocationId} ({Trigger}) completed with {StatusCode} in {ElapsedMs} ms")]
    public static partial void InvocationCompleted(ILogger logger, string functionName, string invocationId, string trigger, int statusCode, long elapsedMs);

    [LoggerMessage(3, LogLevel.Error, "Function {FunctionName} invocation {InvocationId} ({Trigger}) failed")]
    public static partial void InvocationFailed(ILogger logger, Exception exception, string functionName, string invocationId, string trigger);

    [LoggerMessage(4, LogLevel.Warning, "Function {FunctionName} invocation {InvocationId}: the envelope is malformed: {Reason}")]
    public static partial void EnvelopeRejected(ILogger logger, string functionName, string invocationId, string reason);

    [LoggerMessage(5, LogLevel.Information, "Function {FunctionName} invocation {InvocationId}: {Line}")]
    public static partial void FunctionLogLine(ILogger logger, string functionName, string invocationId, string line);

    [LoggerMessage(6, LogLevel.Information, "HTTP function {FunctionName} invocation {InvocationId} {Method} answered {StatusCode} in {ElapsedMs} ms")]
    public static partial void HttpFunctionCompleted(ILogger logger, string functionName, string invocationId, string method, int statusCode, long elapsedMs);

    [LoggerMessage(7, LogLevel.Warning, "HTTP function {FunctionName}: a request without a valid function key was rejected with 401")]
    public static partial void FunctionKeyRejected(ILogger logger, string functionName);

    [LoggerMessage(8, LogLevel.Error, "Function {FunctionName} invocation {InvocationId}: writing its queue outputs failed")]
    public static partial void OutputWriteFailed(ILogger logger, Exception exception, string functionName, string invocationId);

    [LoggerMessage(10, LogLevel.Information, "Timer {FunctionName} ({Schedule}): next occurrence {Next:o}")]
    public static partial void TimerScheduled(ILogger logger, string functionName, string schedule, DateTimeOffset next);

    [LoggerMessage(11, LogLevel.Warning, "Timer {FunctionName} is past due: the occurrence {Missed:o} was missed; firing now")]
    public static partial void TimerPastDue(ILogger logger, string functionName, DateTimeOffset missed);

    [LoggerMessage(12, LogLevel.Error, "Timer {FunctionName} ({Schedule}) never fires: no occurrence exists")]
    public static partial void TimerNeverFires(ILogger logger, string functionName, string schedule);

    [LoggerMessage(13, LogLevel.Warning, "Timer {FunctionName}: the schedule status store failed; continuing without it")]
    public static partial void TimerStatusStoreFailed(ILogger logger, Exception exception, string functionName);

    [LoggerMessage(14, LogLevel.Warning, "Timer schedule status is kept in memory only: a restart forgets it and past-due runs after downtime are not detected")]
    public static partial void InMemoryTimerStatus(ILogger logger);
}
