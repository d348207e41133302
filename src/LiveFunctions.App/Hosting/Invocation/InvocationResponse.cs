using System.Text.Json.Nodes;
using LiveFunctions.App.Hosting.Http;

namespace LiveFunctions.App.Hosting.Invocation;

/// <summary>
/// The answer to one envelope invocation: the HTTP status for the host (2xx = success; non-2xx = failed invocation,
/// which the queue trigger retries) and the body <c>{"Outputs":{…},"Logs":[…],"ReturnValue":null}</c>, which is always
/// complete. The typed parts serve the standalone adapters, which write the outputs themselves.
/// </summary>
internal sealed record InvocationResponse(
    int StatusCode, JsonObject Body, IReadOnlyList<QueueOutputMessages> QueueOutputs, HttpFunctionResponse? HttpResponse)
{
    /// <summary>True for a 2xx status.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>A response with the given outputs and logs.</summary>
    public static InvocationResponse Create(
        int statusCode, FunctionOutputs? outputs, IReadOnlyList<string> logs, HttpFunctionResponse? http = null)
    {
        var outputObject = new JsonObject();
        if (http is not null)
        {
            outputObject[Declarations.HttpEnvelopeFunction.ResponseBindingName] = http.ToEnvelopeOutput();
        }

        outputs?.WriteTo(outputObject);
        var body = new JsonObject
        {
            ["Outputs"] = outputObject,
            ["Logs"] = new JsonArray(logs.Select(l => (JsonNode)JsonValue.Create(l)).ToArray()),
            ["ReturnValue"] = null,
        };

        return new InvocationResponse(statusCode, body, outputs?.Snapshot() ?? [], http);
    }
}
