using System.Security.Cryptography;
using System.Text;

namespace LiveFunctions.Core.OpenApi.Signing;

/// <summary>
/// The signature <c>ACS3-HMAC-SHA256</c> (spec/alibaba-openapi.md §2): pure functions of the request parts and the secret.
/// </summary>
public static class AcsSignatureV3
{
    /// <summary>The algorithm name that starts the string-to-sign and the Authorization header.</summary>
    public const string Algorithm = "ACS3-HMAC-SHA256";

    /// <summary>The lower-case hex SHA-256 of an empty body.</summary>
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>Lower-case hex SHA-256 of the body bytes (the <c>x-acs-content-sha256</c> value).</summary>
    public static string HashPayload(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    /// <summary>True for the headers V3 signs: <c>host</c>, <c>content-type</c> and every <c>x-acs-*</c>.</summary>
    public static bool IsSignedHeader(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lower = name.ToLowerInvariant();
        return lower is "host" or "content-type" || lower.StartsWith("x-acs-", StringComparison.Ordinal);
    }

    /// <summary>
    /// The canonical request: method, URI, canonical query, canonical headers (names lower-cased, values trimmed,
    /// sorted, duplicates joined with <c>", "</c>), signed header names, hashed payload.
    /// </summary>
    public static CanonicalRequestParts CanonicalRequest(
        string httpMethod,
        string canonicalUri,
        IEnumerable<KeyValuePair<string, string>> query,
        IEnumerable<KeyValuePair<string, string>> headers,
        string hashedPayload)
    {
        ArgumentNullException.ThrowIfNull(httpMethod);
        ArgumentNullException.ThrowIfNull(headers);
        var signed = headers
            .Where(h => IsSignedHeader(h.Key))
            .GroupBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Value: string.Join(", ", g.Select(h => h.Value.Trim()).OrderBy(v => v, StringComparer.Ordinal))))
            .ToList();
        var canonicalHeaders = new StringBuilder();
        foreach (var (name, value) in signed)
        {
            canonicalHeaders.Append(name).Append(':').Append(value).Append('\n');
        }

        var signedHeaders = string.Join(';', signed.Select(h => h.Name));
        var text = string.Join('\n',
            httpMethod.ToUpperInvariant(),
            canonicalUri,
            PercentEncoding.CanonicalQuery(query),
            canonicalHeaders.ToString(),
            signedHeaders,
            hashedPayload);
        return new CanonicalRequestParts(text, signedHeaders);
    }

    /// <summary><c>ACS3-HMAC-SHA256\n</c> + lower-hex SHA-256 of the canonical request.</summary>
    public static string StringToSign(string canonicalRequest)
    {
        ArgumentNullException.ThrowIfNull(canonicalRequest);
        return Algorithm + "\n" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));
    }

    /// <summary>Lower-hex HMAC-SHA256 of the string-to-sign with the raw secret as key (no trailing <c>&amp;</c>).</summary>
    public static string Signature(string stringToSign, string accessKeySecret)
    {
        ArgumentNullException.ThrowIfNull(stringToSign);
        ArgumentNullException.ThrowIfNull(accessKeySecret);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(accessKeySecret), Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>The <c>Authorization</c> header value: <c>ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…</c>.</summary>
    public static string Authorization(string accessKeyId, string signedHeaders, string signature) =>
        $"{Algorithm} Credential={accessKeyId},SignedHeaders={signedHeaders},Signature={signature}";
}

/// <summary>A V3 canonical request and the list of header names it signed.</summary>
/// <param name="Text">The canonical request text.</param>
/// <param name="SignedHeaders">The signed header names, lower-case, sorted, joined with <c>;</c>.</param>
public sealed record CanonicalRequestParts(string Text, string SignedHeaders);
