namespace LiveFunctions.App.Functions.Http;

/// <summary>
/// The HTTP functions' log events: function, operation, domain/app/stream or job, status, code, RequestId, attempts and
/// duration. Never a body, a parameter value, a URL or a secret.
/// </summary>
internal static partial class HttpFunctionsLog
{
    /// <summary>The category of every event.</summary>
    public const string Category = "LiveFunctions.App.Functions";

    [LoggerMessage(5001, LogLevel.Information, "{Function}: {Action} for {Target} applied ({Outcome}), status {StatusCode}, RequestId {RequestId}, in {ElapsedMs} ms")]
    public static partial void Applied(ILogger logger, string function, string action, string target, string outcome, int statusCode, string? requestId, long elapsedMs);

    [LoggerMessage(5002, LogLevel.Information, "{Function}: request for {Target} refused before sending {Action}: {StatusCode} {Code}, RequestId {RequestId}, in {ElapsedMs} ms")]
    public static partial void Refused(ILogger logger, string function, string target, string action, int statusCode, string code, string requestId, long elapsedMs);

    [LoggerMessage(5003, LogLevel.Warning, "{Function}: {Action} for {Target} failed after {Attempts} attempt(s) with {ServiceStatus} {Code}; answered {StatusCode}, RequestId {RequestId}, in {ElapsedMs} ms")]
    public static partial void Failed(ILogger logger, string function, string action, string target, int attempts, int serviceStatus, string code, int statusCode, string? requestId, long elapsedMs);

    [LoggerMessage(5004, LogLevel.Information, "{Function}: dry run of {Action} for {Target} answered {StatusCode}; nothing was sent ({ElapsedMs} ms)")]
    public static partial void DryRun(ILogger logger, string function, string action, string target, int statusCode, long elapsedMs);

    [LoggerMessage(5005, LogLevel.Information, "{Function}: no recording config exists for {Target} (RequestId {RequestId}); creating it with AddLiveAppRecordConfig")]
    public static partial void CreatingRecordConfig(ILogger logger, string function, string target, string? requestId);

    [LoggerMessage(5006, LogLevel.Information, "{Function}: {Action} for {Target} answered ConfigAlreadyExists after {Attempts} attempts; an earlier attempt created it ({Verification})")]
    public static partial void CreatedByEarlierAttempt(ILogger logger, string function, string action, string target, int attempts, string verification);
}
