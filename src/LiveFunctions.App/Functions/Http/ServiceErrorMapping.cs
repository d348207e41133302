using LiveFunctions.Core.OpenApi;

namespace LiveFunctions.App.Functions.Http;

/// <summary>
/// How a failed call becomes the HTTP function's answer. The service's <c>Code</c> and <c>RequestId</c> are kept;
/// the status says whose problem it is:
/// <list type="bullet">
/// <item>a broken document rule (never sent): 400 with the document's code;</item>
/// <item>throttling, 5xx, network failures and timeouts that outlived the client's retries: 503 with <c>Retry-After</c>;</item>
/// <item>signature, AccessKey and clock errors, and answers that are not Alibaba's: 502 (this app's setup, not the caller's request);</item>
/// <item><c>*.NotFound</c>: 404; any other 4xx: the status the service answered.</item>
/// </list>
/// </summary>
internal static class ServiceErrorMapping
{
    /// <summary>The Retry-After of a transient failure when the service did not say how long to wait.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    private static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "Throttling.User", "Throttling.Api", "ServiceUnavailable", "InternalError", "NetworkError", "Timeout",
    };

    /// <summary>The answer for <paramref name="error"/>, a failure of <paramref name="action"/>.</summary>
    public static JsonAnswer ToAnswer(AlibabaApiException error, string action)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!error.WasSent && error.ValidationErrors.Count > 0)
        {
            return JsonAnswer.Error(ValidationAnswer.From(action, error.ValidationErrors));
        }

        var status = StatusFor(error);
        var retryAfter = status == StatusCodes.Status503ServiceUnavailable ? error.RetryAfter ?? DefaultRetryAfter : (TimeSpan?)null;
        return JsonAnswer.Error(status, error.Code, error.Message, error.RequestId, retryAfter);
    }

    /// <summary>The status of the answer for a failure that was sent (or failed on the way).</summary>
    public static int StatusFor(AlibabaApiException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!error.WasSent)
        {
            return StatusCodes.Status400BadRequest;
        }

        if (IsSetupError(error.Code) || error.Code is "InvalidResponse")
        {
            return StatusCodes.Status502BadGateway;
        }

        if (error.IsThrottling || TransientCodes.Contains(error.Code) || error.StatusCode is >= 500 or 0)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (error.Code is "HttpError")
        {
            // A 4xx that is not an Alibaba error body (a proxy's page): nothing the caller can fix.
            return StatusCodes.Status502BadGateway;
        }

        if (error.Code.EndsWith(".NotFound", StringComparison.Ordinal))
        {
            return StatusCodes.Status404NotFound;
        }

        return error.StatusCode is >= 400 and < 500 ? error.StatusCode : StatusCodes.Status502BadGateway;
    }

    // The client never retries these: the app's keys, signature or clock are wrong, whatever the caller sends.
    private static bool IsSetupError(string code) =>
        code is "SignatureDoesNotMatch" or "IncompleteSignature" or "SignatureNonceUsed" or "InvalidSignatureMethod"
        || code.StartsWith("InvalidAccessKeyId", StringComparison.Ordinal)
        || code.StartsWith("InvalidTimeStamp", StringComparison.Ordinal);
}
