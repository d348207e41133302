using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.OpenApi;

/// <summary>
/// The one exception type of the OpenAPI client: a call that did not succeed, whether the service answered
/// with an error body, the transport failed, or the request broke a document rule and was never sent.
/// Never carries a secret.
/// </summary>
public sealed class AlibabaApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AlibabaApiException(
        int statusCode,
        string code,
        string message,
        string? requestId = null,
        TimeSpan? retryAfter = null,
        bool wasSent = true,
        IReadOnlyList<ValidationError>? validationErrors = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Code = code;
        RequestId = requestId;
        RetryAfter = retryAfter;
        WasSent = wasSent;
        ValidationErrors = validationErrors ?? [];
    }

    /// <summary>The HTTP status the service answered with; 0 when no answer arrived (network failure, timeout); 400 for a request that failed validation.</summary>
    public int StatusCode { get; }

    /// <summary>The Alibaba error code (<c>Code</c> of the error body, or the document's code for a validation failure).</summary>
    public string Code { get; }

    /// <summary>The service's RequestId, when there was an answer.</summary>
    public string? RequestId { get; }

    /// <summary>How long the service asked to wait (<c>x-acs-retry-after</c>), if it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>False when the request never left the process (it failed validation).</summary>
    public bool WasSent { get; }

    /// <summary>Every broken rule, for a request that failed validation; empty otherwise.</summary>
    public IReadOnlyList<ValidationError> ValidationErrors { get; }

    /// <summary>The error body's <c>HostId</c> (the endpoint that answered), when the service sent one.</summary>
    public string? HostId { get; init; }

    /// <summary>The error body's <c>Recommend</c> (a troubleshooting URL), when the service sent one.</summary>
    public string? Recommend { get; init; }

    /// <summary>
    /// How many attempts were sent before the client gave up (0 for a request that failed validation). More than 1 means
    /// an earlier attempt may have reached the service, which matters for a non-idempotent <c>Add*</c> call.
    /// </summary>
    public int Attempts { get; init; }

    /// <summary>True for the throttling codes (<c>Throttling</c>, <c>Throttling.User</c>, <c>Throttling.Api</c>).</summary>
    public bool IsThrottling => Code.StartsWith("Throttling", StringComparison.Ordinal);
}
