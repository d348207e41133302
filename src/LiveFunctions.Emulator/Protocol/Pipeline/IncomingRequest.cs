using System.Text;
using Microsoft.Extensions.Primitives;

namespace LiveFunctions.Emulator.Protocol.Pipeline;

/// <summary>
/// One raw OpenAPI request as the verifier needs it: method, the query and form pairs exactly as sent (names keep
/// their case, so <c>Timestamp</c> and <c>TimeStamp</c> stay apart), the headers and the body's bytes.
/// </summary>
internal sealed class IncomingRequest
{
    /// <summary>The largest body the emulator reads (RPC parameters are small).</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    private IncomingRequest(string method, string path, IReadOnlyList<KeyValuePair<string, string>> query, IReadOnlyList<KeyValuePair<string, string>> form, IHeaderDictionary headers, byte[] body)
    {
        Method = method;
        Path = path;
        Query = query;
        Form = form;
        Headers = headers;
        Body = body;
    }

    /// <summary>The HTTP method, upper-case.</summary>
    public string Method { get; }

    /// <summary>The request path (<c>/</c> for RPC calls).</summary>
    public string Path { get; }

    /// <summary>The decoded query pairs, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    /// <summary>The decoded <c>application/x-www-form-urlencoded</c> body pairs, in order (empty for other bodies).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Form { get; }

    /// <summary>The request headers.</summary>
    public IHeaderDictionary Headers { get; }

    /// <summary>The body bytes.</summary>
    public byte[] Body { get; }

    /// <summary>Query then form pairs.</summary>
    public IEnumerable<KeyValuePair<string, string>> AllPairs => Query.Concat(Form);

    /// <summary>The first value of a parameter in the query or the form, or null.</summary>
    public string? Parameter(string name)
    {
        foreach (var (key, value) in AllPairs)
        {
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A header's value (repeated ones joined with a comma), or null when absent.</summary>
    public string? Header(string name) =>
        Headers.TryGetValue(name, out var values) && !StringValues.IsNullOrEmpty(values) ? values.ToString() : null;

    /// <summary>Reads a request; the body is read fully (up to <see cref="MaxBodyBytes"/>).</summary>
    public static async Task<IncomingRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        var query = ParsePairs(request.QueryString.HasValue ? request.QueryString.Value![1..] : "");
        var form = IsForm(request.ContentType) ? ParsePairs(Encoding.UTF8.GetString(body)) : [];
        return new IncomingRequest(request.Method.ToUpperInvariant(), request.Path.HasValue ? request.Path.Value! : "/", query, form, request.Headers, body);
    }

    /// <summary>Splits <c>a=1&amp;b=2</c> into decoded pairs (<c>+</c> is a space, as in form encoding).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ParsePairs(string text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? "" : part[(equals + 1)..];
            if (name.Length > 0)
            {
                pairs.Add(new(Decode(name), Decode(value)));
            }
        }

        return pairs;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static bool IsForm(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
