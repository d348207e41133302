using System.Text;

namespace LiveFunctions.Emulator.Protocol.Signing;

/// <summary>RFC 3986 percent-encoding as both signature versions use it (spec §1.2 step 3).</summary>
internal static class PercentEncoding
{
    /// <summary>
    /// Encodes UTF-8 bytes: <c>A–Z a–z 0–9 - _ . ~</c> stay, every other byte becomes <c>%XY</c> with upper-case hex
    /// (space → <c>%20</c>, <c>*</c> → <c>%2A</c>, <c>+</c> → <c>%2B</c>).
    /// </summary>
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// <c>name=value</c> pairs, names and values encoded, sorted by name then value (ordinal, byte-wise for ASCII
    /// names), joined with <c>&amp;</c>.
    /// </summary>
    public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters
            .Select(pair => (Name: Encode(pair.Key), Value: Encode(pair.Value)))
            .OrderBy(pair => pair.Name, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value, StringComparer.Ordinal)
            .Select(pair => $"{pair.Name}={pair.Value}"));

    private const string HexDigits = "0123456789ABCDEF";
}
