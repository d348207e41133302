using System.Globalization;
using System.Text;
using Azure.Core;

namespace LiveFunctions.Core.Storage.Http;

/// <summary>
/// The Shared Key string-to-sign of the Blob and Queue services (spec §4.3): a pure function of the request and the
/// account name. The canonicalized resource is <c>/{account}{path as on the wire}</c>, so a path-style (Azurite) URL,
/// whose path already starts with the account, yields the account twice.
/// </summary>
internal static class SharedKeyStringToSign
{
    /// <summary>Builds the string-to-sign of <paramref name="request"/> for <paramref name="accountName"/>.</summary>
    public static string Build(Request request, string accountName)
    {
        long? contentLength = request.Content is null ? 0 : request.Content.TryComputeLength(out var length) ? length : null;
        return Build(
            request.Method.Method,
            request.Uri.ToUri(),
            contentLength,
            request.Headers.Select(h => KeyValuePair.Create(h.Name, h.Value)),
            accountName);
    }

    /// <summary>The same from plain parts, so tests can write the expected string by hand.</summary>
    public static string Build(
        string method, Uri uri, long? contentLength, IEnumerable<KeyValuePair<string, string>> headers, string accountName)
    {
        var headerList = headers.ToList();
        var builder = new StringBuilder(256);
        void Line(string value) => builder.Append(value).Append('\n');

        Line(method.ToUpperInvariant());
        Line(Value(headerList, "Content-Encoding"));
        Line(Value(headerList, "Content-Language"));
        // Content-Length is signed as the empty string when it is 0 (versions 2015-02-21 and later).
        Line(contentLength is null or 0 ? string.Empty : contentLength.Value.ToString(CultureInfo.InvariantCulture));
        Line(Value(headerList, "Content-MD5"));
        Line(Value(headerList, "Content-Type"));
        Line(Value(headerList, "Date"));
        Line(Value(headerList, "If-Modified-Since"));
        Line(Value(headerList, "If-Match"));
        Line(Value(headerList, "If-None-Match"));
        Line(Value(headerList, "If-Unmodified-Since"));
        Line(Value(headerList, "Range"));
        AppendCanonicalizedHeaders(builder, headerList);
        AppendCanonicalizedResource(builder, uri, accountName);
        return builder.ToString();
    }

    private static string Value(List<KeyValuePair<string, string>> headers, string name) =>
        string.Join(',', headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value));

    private static void AppendCanonicalizedHeaders(StringBuilder builder, List<KeyValuePair<string, string>> headers)
    {
        var msHeaders = headers
            .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .GroupBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in msHeaders)
        {
            builder.Append(group.Key).Append(':').Append(string.Join(',', group.Select(h => h.Value.Trim()))).Append('\n');
        }
    }

    private static void AppendCanonicalizedResource(StringBuilder builder, Uri uri, string accountName)
    {
        builder.Append('/').Append(accountName);
        var path = uri.AbsolutePath;
        builder.Append(path.Length == 0 ? "/" : path);

        var query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return;
        }

        var parameters = query
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? pair : pair[..equals];
                var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
                return (Name: Uri.UnescapeDataString(name).ToLowerInvariant(), Value: Uri.UnescapeDataString(value));
            })
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in parameters)
        {
            var values = group.Select(p => p.Value).Order(StringComparer.Ordinal);
            builder.Append('\n').Append(group.Key).Append(':').Append(string.Join(',', values));
        }
    }
}
