using System.Text.Json;
using System.Text.Json.Nodes;

namespace LiveFunctions.App.Hosting.Http;

/// <summary>
/// The HTTP response of an envelope HTTP function. Under the host it becomes <c>Outputs.res</c>
/// ({statusCode, headers, body}); standalone it is written to the ASP.NET response.
/// </summary>
internal sealed class HttpFunctionResponse
{
    public required int StatusCode { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The body text; null for none.</summary>
    public string? Body { get; init; }

    /// <summary>A JSON response (<c>application/json; charset=utf-8</c>).</summary>
    public static HttpFunctionResponse Json<T>(int statusCode, T value) => new()
    {
        StatusCode = statusCode,
        Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json; charset=utf-8" },
        Body = JsonSerializer.Serialize(value),
    };

    /// <summary>A response without a body.</summary>
    public static HttpFunctionResponse Empty(int statusCode) => new() { StatusCode = statusCode };

    /// <summary>The <c>Outputs.res</c> object the host turns into the HTTP response (body always a string).</summary>
    public JsonObject ToEnvelopeOutput()
    {
        var headers = new JsonObject();
        foreach (var (name, value) in Headers)
        {
            headers[name] = value;
        }

        return new JsonObject
        {
            ["statusCode"] = StatusCode,
            ["headers"] = headers,
            ["body"] = Body ?? string.Empty,
        };
    }
}
