using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.EndToEnd.Tests.Support;

/// <summary>
/// Any Live or ICE action with the parameters given as they go on the wire, through the real (signing) Core client:
/// for seeding and inspecting the emulator with actions Core has no typed operation for (SubmitLiveTranscodeJob,
/// AddLiveAppSnapshotConfig, DescribeLiveSnapshotConfig, …). No validation; the answer is the raw JSON.
/// </summary>
internal sealed class RawOperation(AlibabaProduct product, string action) : IOpenApiOperation<IReadOnlyList<KeyValuePair<string, string>>, JsonElement>
{
    public AlibabaProduct Product => product;

    public string Action => action;

    public IReadOnlyList<ValidationError> Validate(IReadOnlyList<KeyValuePair<string, string>> request, DateTimeOffset now) => [];

    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(IReadOnlyList<KeyValuePair<string, string>> request) => request;

    public JsonElement ParseResponse(JsonElement body) => body.Clone();
}

/// <summary>Raw signed calls on a client.</summary>
internal static class RawCalls
{
    public static Task<JsonElement> CallAsync(this AlibabaClient client, AlibabaProduct product, string action, params (string Name, string Value)[] parameters) =>
        client.SendAsync(new RawOperation(product, action), parameters.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)).ToArray());
}
