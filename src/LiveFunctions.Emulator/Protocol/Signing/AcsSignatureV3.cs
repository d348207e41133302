using System.Security.Cryptography;
using System.Text;

namespace LiveFunctions.Emulator.Protocol.Signing;

/// <summary>The V3 signature <c>ACS3-HMAC-SHA256</c> (spec §2).</summary>
internal static class AcsSignatureV3
{
    /// <summary>The algorithm name, first word of the Authorization header.</summary>
    public const string Algorithm = "ACS3-HMAC-SHA256";

    /// <summary>The lower-case hex SHA-256 of the body (the empty body's is <c>e3b0c442…b855</c>).</summary>
    public static string HashPayload(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    /// <summary>
    /// The canonical request: method, URI, canonical query, one <c>name:value</c> line per signed header (names
    /// lower-case and sorted, values trimmed, repeated headers sorted and joined with <c>", "</c>), the signed header
    /// names joined with <c>;</c>, and the payload hash — each followed by a newline except the last.
    /// </summary>
    public static string CanonicalRequest(
        string method,
        string path,
        IEnumerable<KeyValuePair<string, string>> query,
        IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> signedHeaders,
        string payloadHash)
    {
        var headers = signedHeaders
            .Select(header => (Name: header.Key.ToLowerInvariant(), Value: string.Join(", ", header.Value.Select(v => v.Trim()).Order(StringComparer.Ordinal))))
            .OrderBy(header => header.Name, StringComparer.Ordinal)
            .ToList();
        var builder = new StringBuilder();
        builder.Append(method.ToUpperInvariant()).Append('\n')
            .Append(path).Append('\n')
            .Append(PercentEncoding.CanonicalQuery(query)).Append('\n');
        foreach (var (name, value) in headers)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }

        builder.Append('\n')
            .Append(string.Join(';', headers.Select(header => header.Name))).Append('\n')
            .Append(payloadHash);
        return builder.ToString();
    }

    /// <summary><c>ACS3-HMAC-SHA256\n</c> + lower-hex SHA-256 of the canonical request.</summary>
    public static string StringToSign(string canonicalRequest) =>
        $"{Algorithm}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";

    /// <summary>Lower-hex HMAC-SHA256 with the raw secret as key (no trailing <c>&amp;</c>).</summary>
    public static string Sign(string stringToSign, string accessKeySecret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(accessKeySecret), Encoding.UTF8.GetBytes(stringToSign)));
}
