using System.Text.Json;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.OpenApi;

/// <summary>
/// One Alibaba OpenAPI operation: which product and action it is, the document's rules for its request,
/// how the request travels on the wire, and how the answer is read. Each operation folder has one.
/// </summary>
/// <typeparam name="TRequest">The operation's request record (parameter names as the document spells them).</typeparam>
/// <typeparam name="TResponse">The operation's response record.</typeparam>
public interface IOpenApiOperation<in TRequest, out TResponse>
{
    /// <summary>The product the action belongs to.</summary>
    AlibabaProduct Product { get; }

    /// <summary>The OpenAPI action name, e.g. <c>UpdateLiveAppRecordConfig</c>.</summary>
    string Action { get; }

    /// <summary>Checks every rule of the API document; an empty list means the request may be sent.</summary>
    /// <param name="request">The request to check.</param>
    /// <param name="now">The current UTC time, for rules relative to "now".</param>
    IReadOnlyList<ValidationError> Validate(TRequest request, DateTimeOffset now);

    /// <summary>The operation parameters exactly as sent (flattened lists, JSON strings, UTC times), without common parameters.</summary>
    IReadOnlyList<KeyValuePair<string, string>> ToParameters(TRequest request);

    /// <summary>Reads a successful JSON answer.</summary>
    TResponse ParseResponse(JsonElement body);
}
