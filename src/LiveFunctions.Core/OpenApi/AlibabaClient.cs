namespace LiveFunctions.Core.OpenApi;

/// <summary>
/// The signed OpenAPI client of ApsaraVideo Live and ICE. Every typed operation is a one-line extension method in its
/// operation folder that calls <see cref="SendAsync{TRequest, TResponse}"/>.
/// </summary>
public sealed class AlibabaClient
{
    /// <summary>
    /// Validates the request against its document (nothing is sent when a rule is broken: an
    /// <see cref="AlibabaApiException"/> with <see cref="AlibabaApiException.WasSent"/> false), then signs and sends it,
    /// retrying transient failures, and reads the answer.
    /// </summary>
    public Task<TResponse> SendAsync<TRequest, TResponse>(
        IOpenApiOperation<TRequest, TResponse> operation, TRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The client is built in the Core client issue (#2).");

    /// <summary>What <see cref="SendAsync{TRequest, TResponse}"/> would send, without sending: the broken rules, if any, and the operation parameters.</summary>
    public OpenApiPreview Preview<TRequest, TResponse>(IOpenApiOperation<TRequest, TResponse> operation, TRequest request) =>
        throw new NotSupportedException("The client is built in the Core client issue (#2).");
}
