using LiveFunctions.Core.OpenApi.Wire;

namespace LiveFunctions.Core.OpenApi.Retry;

/// <summary>
/// Which failures are worth another attempt and how long to wait first: exponential back-off with full jitter
/// (a uniformly random wait between 0 and the cap, the cap doubling per retry up to the maximum), or exactly the
/// service's <c>x-acs-retry-after</c> when it sent one.
/// </summary>
internal sealed class RetryPolicy(AlibabaRetryOptions options, Func<double> jitter)
{
    private static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "Throttling.User", "Throttling.Api", "ServiceUnavailable", "InternalError",
        ClientErrorCodes.NetworkError, ClientErrorCodes.Timeout,
    };

    private static readonly HashSet<int> TransientStatuses = [500, 502, 503, 504];

    /// <summary>Attempts per call, the first included.</summary>
    public int MaxAttempts => options.MaxAttempts;

    /// <summary>The most time one call may take.</summary>
    public TimeSpan MaxElapsed => options.MaxElapsed;

    /// <summary>
    /// True for network failures, timeouts, HTTP 500/502/503/504 and the codes <c>Throttling</c>, <c>Throttling.User</c>,
    /// <c>Throttling.Api</c>, <c>ServiceUnavailable</c>, <c>InternalError</c>. A signature, credential or timestamp error
    /// is never retried, whatever its status: another attempt with the same keys and clock cannot succeed.
    /// </summary>
    public static bool IsTransient(AttemptFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (IsCredentialOrSignatureError(failure.Code))
        {
            return false;
        }

        return TransientCodes.Contains(failure.Code) || TransientStatuses.Contains(failure.StatusCode);
    }

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first retry).</summary>
    public TimeSpan Delay(int retry, TimeSpan? retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        if (retryAfter is { } asked)
        {
            return asked;
        }

        // BaseDelay * 2^(retry-1), computed in ticks with the exponent capped so it cannot overflow.
        var factor = Math.Pow(2, Math.Min(retry - 1, 30));
        var cap = Math.Min(options.MaxDelay.Ticks, options.BaseDelay.Ticks * factor);
        var fraction = Math.Clamp(jitter(), 0.0, 1.0);
        return TimeSpan.FromTicks((long)(cap * fraction));
    }

    private static bool IsCredentialOrSignatureError(string code) =>
        code is "SignatureDoesNotMatch" or "IncompleteSignature" or "SignatureNonceUsed" or "InvalidSignatureMethod"
        || code.StartsWith("InvalidAccessKeyId", StringComparison.Ordinal)
        || code.StartsWith("InvalidTimeStamp", StringComparison.Ordinal);
}
