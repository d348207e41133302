namespace LiveFunctions.Core.Scheduling;

/// <summary>
/// Which failed calls the queue should retry (the client has already retried them a few times itself): no answer
/// (status 0: network failure, timeout), 429, 5xx, any <c>Throttling*</c> code, <c>ServiceUnavailable</c>,
/// <c>InternalError</c> and <c>SignatureNonceUsed</c> (a retry signs with a new nonce). Everything else is permanent:
/// a retry would fail the same way.
/// </summary>
public static class CallRetryRules
{
    /// <summary>Codes that are retried whatever their HTTP status.</summary>
    public static readonly IReadOnlyList<string> RetryableCodes = ["ServiceUnavailable", "InternalError", "SignatureNonceUsed"];

    /// <summary>True when a failed call (status as <c>AlibabaApiException.StatusCode</c>, code as its <c>Code</c>) may succeed if tried again later.</summary>
    public static bool IsRetryable(int statusCode, string? code) =>
        statusCode is 0 or 429 or >= 500
        || (!string.IsNullOrEmpty(code)
            && (code.StartsWith("Throttling", StringComparison.Ordinal) || RetryableCodes.Contains(code, StringComparer.Ordinal)));
}
