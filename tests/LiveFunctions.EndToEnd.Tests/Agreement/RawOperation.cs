using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.EndToEnd.Tests.Agreement;

/// <summary>
/// An operation whose request is its wire parameters as given, with no rules: it sends exactly what Core's
/// <see cref="AlibabaClient.Preview{TRequest, TResponse}"/> says the real operation would send, through the real
/// client (signing, endpoint, error reading), with Core's validation bypassed so that the emulator judges it alone.
/// </summary>
internal sealed class RawOperation(AlibabaProduct product, string action)
    : IOpenApiOperation<IReadOnlyList<KeyValuePair<string, string>>, JsonElement>
{
    public AlibabaProduct Product => product;

    public string Action => action;

    public IReadOnlyList<ValidationError> Validate(IReadOnlyList<KeyValuePair<string, string>> request, DateTimeOffset now) => [];

    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(IReadOnlyList<KeyValuePair<string, string>> request) => request;

    public JsonElement ParseResponse(JsonElement body) => body.Clone();
}
