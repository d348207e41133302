using System.Text.Json;
using LiveFunctions.App.Hosting.Invocation;

namespace LiveFunctions.App.Hosting.Http;

/// <summary>
/// The HTTP request an envelope HTTP function sees. Under the host it is read from the envelope's <c>Data.req</c>
/// ({Url, Method, Query, Headers, Params, Body}); standalone it is built from the ASP.NET request. Names are matched
/// case-insensitively.
/// </summary>
internal sealed class HttpFunctionRequest
{
    private static readonly Uri LocalBase = new("http://localhost/");

    public required string Method { get; init; }

    /// <summary>The full original URL, <c>/api/...</c> path and query included.</summary>
    public required Uri Url { get; init; }

    public IReadOnlyDictionary<string, string> Query { get; init; } = Empty<string>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; init; } = Empty<IReadOnlyList<string>>();

    /// <summary>Route parameters.</summary>
    public IReadOnlyDictionary<string, string> Params { get; init; } = Empty<string>();

    /// <summary>The body as text; null when the request had none.</summary>
    public string? Body { get; init; }

    /// <summary>The first value of a header, or null.</summary>
    public string? GetHeader(string name) =>
        Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Reads <c>Data.req</c>. Query may be an object or a string of JSON; header values arrays or strings.</summary>
    public static HttpFunctionRequest FromEnvelope(JsonElement req)
    {
        var urlText = EnvelopeValues.ReadText(EnvelopeValues.Member(req, "Url")) ?? "/";
        var url = Uri.TryCreate(urlText, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? absolute
            : new Uri(LocalBase, urlText);

        return new HttpFunctionRequest
        {
            Method = (EnvelopeValues.ReadText(EnvelopeValues.Member(req, "Method")) ?? "GET").ToUpperInvariant(),
            Url = url,
            Query = ReadStrings(EnvelopeValues.Member(req, "Query")),
            Headers = ReadHeaders(EnvelopeValues.Member(req, "Headers")),
            Params = ReadStrings(EnvelopeValues.Member(req, "Params")),
            Body = EnvelopeValues.ReadText(EnvelopeValues.Member(req, "Body")),
        };
    }

    private static Dictionary<string, string> ReadStrings(JsonElement value)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (EnvelopeValues.ReadObject(value) is { } obj)
        {
            foreach (var property in obj.EnumerateObject())
            {
                result[property.Name] = EnvelopeValues.ReadText(property.Value) ?? string.Empty;
            }
        }

        return result;
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadHeaders(JsonElement value)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (EnvelopeValues.ReadObject(value) is not { } obj)
        {
            return result;
        }

        foreach (var property in obj.EnumerateObject())
        {
            result[property.Name] = property.Value.ValueKind == JsonValueKind.Array
                ? property.Value.EnumerateArray().Select(v => EnvelopeValues.ReadText(v) ?? string.Empty).ToArray()
                : [EnvelopeValues.ReadText(property.Value) ?? string.Empty];
        }

        return result;
    }

    private static Dictionary<string, T> Empty<T>() => new(StringComparer.OrdinalIgnoreCase);
}
