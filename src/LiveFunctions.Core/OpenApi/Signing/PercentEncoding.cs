using System.Text;

namespace LiveFunctions.Core.OpenApi.Signing;

/// <summary>
/// The percent-encoding both Alibaba signatures use (RFC 3986 style): UTF-8 bytes, unreserved
/// <c>A–Z a–z 0–9 - _ . ~</c> kept, every other byte as <c>%XY</c> with upper-case hex (so a space is <c>%20</c>,
/// never <c>+</c>, and <c>*</c> is <c>%2A</c>).
/// </summary>
public static class PercentEncoding
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>Encodes one name or value.</summary>
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (IsUnreserved(b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// <c>name=value</c> pairs sorted by name (ordinal), each part encoded, joined with <c>&amp;</c>: the canonical query
    /// string of V1 and V3, and the query string the client puts on the wire.
    /// </summary>
    public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return string.Join('&', parameters
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => Encode(p.Key) + "=" + Encode(p.Value)));
    }

    private static bool IsUnreserved(byte b) =>
        b is >= (byte)'A' and <= (byte)'Z'
        or >= (byte)'a' and <= (byte)'z'
        or >= (byte)'0' and <= (byte)'9'
        or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';
}
