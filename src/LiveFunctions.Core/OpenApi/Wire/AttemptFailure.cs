namespace LiveFunctions.Core.OpenApi.Wire;

/// <summary>
/// Why one attempt did not succeed. It becomes the <see cref="AlibabaApiException"/> of the call once the client knows
/// whether it gives up, so that the message can say how many attempts were made.
/// </summary>
/// <param name="StatusCode">The HTTP status; 0 when no answer arrived.</param>
/// <param name="Code">The service's <c>Code</c>, or the client's own code (see <see cref="ClientErrorCodes"/>).</param>
/// <param name="Message">A sentence naming the action and what went wrong; never a secret.</param>
/// <param name="RequestId">The service's RequestId, when there was one.</param>
/// <param name="RetryAfter">The service's <c>x-acs-retry-after</c>, when it sent one.</param>
/// <param name="HostId">The error body's <c>HostId</c>.</param>
/// <param name="Recommend">The error body's <c>Recommend</c> (a troubleshooting URL).</param>
/// <param name="Inner">The transport exception, for network failures and timeouts.</param>
internal sealed record AttemptFailure(
    int StatusCode,
    string Code,
    string Message,
    string? RequestId = null,
    TimeSpan? RetryAfter = null,
    string? HostId = null,
    string? Recommend = null,
    Exception? Inner = null)
{
    /// <summary>The exception of the call after <paramref name="attempts"/> attempts; <paramref name="note"/> says why it stopped retrying.</summary>
    public AlibabaApiException ToException(int attempts, string? note) =>
        new(StatusCode, Code, note is null ? Message : $"{Message} ({note})", RequestId, RetryAfter, wasSent: true, innerException: Inner)
        {
            HostId = HostId,
            Recommend = Recommend,
            Attempts = attempts,
        };
}

/// <summary>The codes the client itself gives to failures that carry no service <c>Code</c>.</summary>
internal static class ClientErrorCodes
{
    /// <summary>The request could not be sent or the answer could not be read (DNS, connection refused or reset, TLS); status 0.</summary>
    public const string NetworkError = "NetworkError";

    /// <summary>No complete answer within the attempt timeout (or the remaining time of the call); status 0.</summary>
    public const string Timeout = "Timeout";

    /// <summary>An error status whose body is not an Alibaba JSON error (an HTML page from a proxy, an empty body); the real status is kept.</summary>
    public const string HttpError = "HttpError";

    /// <summary>A success status whose body is not JSON, or that the operation could not read.</summary>
    public const string InvalidResponse = "InvalidResponse";
}
