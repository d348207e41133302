using System.Text.Json;

namespace LiveFunctions.App.Functions.Http;

/// <summary>A route value of an HTTP function (DomainName, AppName, StreamName, JobId) that the body may repeat.</summary>
/// <param name="Name">The parameter name, as in the route and the document.</param>
/// <param name="Value">The value from the URL.</param>
internal sealed record RouteValue(string Name, string Value);

/// <summary>
/// Reads an HTTP function's JSON body into the operation's request record: at most <see cref="MaxBytes"/> bytes, a
/// JSON object (an empty body counts as <c>{}</c>), the shape checked by <see cref="JsonShape"/>, the route values not
/// contradicted, then deserialised strictly. Every problem is an <see cref="InputError"/> naming the field.
/// </summary>
internal static class JsonBodyReader
{
    /// <summary>The largest body accepted: the request records are small; anything bigger is a mistake.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 32,
    };

    /// <summary>Reads the body, or says why it cannot be used.</summary>
    public static async Task<(T? Body, InputError? Error)> ReadAsync<T>(HttpRequest request, IReadOnlyList<RouteValue> routeValues, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(routeValues);
        var bytes = await ReadBytesAsync(request, cancellationToken);
        if (bytes is null)
        {
            return (null, new InputError(StatusCodes.Status413PayloadTooLarge, HttpFunctionCodes.PayloadTooLarge, $"The body is larger than {MaxBytes} bytes."));
        }

        return Parse<T>(bytes, routeValues);
    }

    /// <summary>Parses a body already read (what <see cref="ReadAsync{T}"/> does after reading).</summary>
    public static (T? Body, InputError? Error) Parse<T>(ReadOnlyMemory<byte> bytes, IReadOnlyList<RouteValue> routeValues)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(routeValues);

        // A UTF-8 byte order mark is not JSON, but some clients send one.
        if (bytes.Span is [0xEF, 0xBB, 0xBF, ..])
        {
            bytes = bytes[3..];
        }

        if (IsBlank(bytes.Span))
        {
            bytes = "{}"u8.ToArray();
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException e)
        {
            return (null, InputError.BadRequest(HttpFunctionCodes.MalformedJson, $"The body is not valid JSON: {e.Message}"));
        }

        using (document)
        {
            var root = document.RootElement;
            if ((JsonShape.Check<T>(root) ?? RouteConflict(root, routeValues)) is { } problem)
            {
                return (null, problem);
            }

            try
            {
                return (root.Deserialize<T>(HttpFunctionJson.Options) ?? throw new JsonException("The body is null.", "$", null, null), null);
            }
            catch (JsonException e)
            {
                // The shape check catches what it knows; this reports whatever else the reader refuses, by its path.
                var field = e.Path is { Length: > 1 } path ? path.TrimStart('$').TrimStart('.') : "the body";
                return (null, InputError.BadRequest(HttpFunctionCodes.InvalidType, $"{field} cannot be read: {e.Message}"));
            }
        }
    }

    private static InputError? RouteConflict(JsonElement root, IReadOnlyList<RouteValue> routeValues)
    {
        foreach (var (name, value) in routeValues)
        {
            if (root.TryGetProperty(name, out var given) && given.ValueKind == JsonValueKind.String && given.GetString() != value)
            {
                return InputError.BadRequest(
                    HttpFunctionCodes.RouteConflict,
                    $"The body's {name} '{given.GetString()}' differs from the {name} '{value}' in the URL; leave it out of the body or make them equal.");
            }
        }

        return null;
    }

    // Null when the body passes MaxBytes; reads at most one byte more than allowed.
    private static async Task<byte[]?> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
