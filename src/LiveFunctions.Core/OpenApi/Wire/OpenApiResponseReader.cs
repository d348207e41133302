using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace LiveFunctions.Core.OpenApi.Wire;

/// <summary>Reads what the service answered: the JSON of a success, the fields of an error body, the retry-after header.</summary>
internal static class OpenApiResponseReader
{
    /// <summary>The header in which the gateway says how long to wait, in milliseconds.</summary>
    public const string RetryAfterHeader = "x-acs-retry-after";

    private const int SnippetLength = 200;

    /// <summary>A positive whole number of milliseconds in <c>x-acs-retry-after</c>; anything else (absent, 0, not a number) is ignored.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Headers.TryGetValues(RetryAfterHeader, out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds > 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        return null;
    }

    /// <summary>The body as JSON, detached from any document; false when it is not JSON.</summary>
    public static bool TryParseJson(byte[] body, out JsonElement root)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            root = default;
            return false;
        }
    }

    /// <summary>The <c>RequestId</c> of a JSON object body, if it has one.</summary>
    public static string? RequestId(JsonElement root) => Text(root, "RequestId");

    /// <summary>
    /// The failure an error status means: the service's <c>Code</c>, <c>Message</c>, <c>RequestId</c>, <c>HostId</c> and
    /// <c>Recommend</c> when the body is an Alibaba JSON error, otherwise <see cref="ClientErrorCodes.HttpError"/> with the
    /// start of the body.
    /// </summary>
    public static AttemptFailure Error(string action, HttpStatusCode status, byte[] body, string? mediaType, TimeSpan? retryAfter)
    {
        var statusCode = (int)status;
        if (TryParseJson(body, out var root) && Text(root, "Code") is { Length: > 0 } code)
        {
            var requestId = RequestId(root);
            var message = Text(root, "Message") ?? "(no message)";
            return new AttemptFailure(
                statusCode,
                code,
                $"{action} failed: HTTP {statusCode} {code}: {message}" + (requestId is null ? string.Empty : $" (RequestId {requestId})"),
                requestId,
                retryAfter,
                Text(root, "HostId"),
                Text(root, "Recommend"));
        }

        var snippet = Snippet(body);
        return new AttemptFailure(
            statusCode,
            ClientErrorCodes.HttpError,
            $"{action} failed: HTTP {statusCode} {status} with a body that is not an Alibaba error " +
            $"({mediaType ?? "no content type"}, {body.Length} bytes)" + (snippet.Length == 0 ? "." : $": {snippet}"),
            RetryAfter: retryAfter);
    }

    /// <summary>The failure of a success status whose body cannot be read.</summary>
    public static AttemptFailure NotJson(string action, HttpStatusCode status, byte[] body, string? mediaType)
    {
        var snippet = Snippet(body);
        return new AttemptFailure(
            (int)status,
            ClientErrorCodes.InvalidResponse,
            $"{action}: the service answered HTTP {(int)status} with a body that is not JSON " +
            $"({mediaType ?? "no content type"}, {body.Length} bytes)" + (snippet.Length == 0 ? "." : $": {snippet}"));
    }

    /// <summary>The failure of a JSON success answer that the operation could not read.</summary>
    public static AttemptFailure Unparsed(string action, int status, string? requestId, Exception inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return new AttemptFailure(
            status,
            ClientErrorCodes.InvalidResponse,
            $"{action}: the service answered HTTP {status} but the operation could not read the answer: {inner.Message}" +
            (requestId is null ? string.Empty : $" (RequestId {requestId})"),
            requestId,
            Inner: inner);
    }

    // Names as the wire spells them, but matched case-insensitively: some gateways answer "code"/"message".
    private static string? Text(JsonElement root, string name)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                    _ => null,
                };
            }
        }

        return null;
    }

    // The start of an unexpected body, on one line, so that a proxy's error page is recognisable in the message.
    private static string Snippet(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, SnippetLength * 4));
        var builder = new StringBuilder(SnippetLength);
        foreach (var c in text)
        {
            if (builder.Length == SnippetLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString().Trim();
    }
}
