using System.Globalization;
using System.Text;

namespace LiveFunctions.Core.Scheduling;

/// <summary>
/// Makes a name (domain, AppName, StreamName, JobId) safe as one segment of a blob path: ASCII letters, digits,
/// <c>-</c>, <c>_</c> and <c>.</c> stay as they are, every other UTF-8 byte becomes <c>%XX</c> (upper-case hex), and a
/// trailing dot is encoded too (Azure Storage advises against blob names whose segments end with a dot). So a
/// <c>/</c> in a stream name cannot add a level to the path, and decoding gives the name back exactly.
/// </summary>
internal static class BlobNameSegment
{
    public static string Encode(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var builder = new StringBuilder(value.Length);
        var bytes = Encoding.UTF8.GetBytes(value);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var keep = b < 0x80 && (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' || (b == (byte)'.' && i < bytes.Length - 1));
            if (keep)
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    public static bool TryDecode(string segment, out string value)
    {
        value = string.Empty;
        if (segment.Length == 0)
        {
            return false;
        }

        var bytes = new List<byte>(segment.Length);
        for (var i = 0; i < segment.Length; i++)
        {
            if (segment[i] != '%')
            {
                if (segment[i] > 0x7F)
                {
                    return false;
                }

                bytes.Add((byte)segment[i]);
                continue;
            }

            if (i + 2 >= segment.Length
                || !byte.TryParse(segment.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                return false;
            }

            bytes.Add(b);
            i += 2;
        }

        try
        {
            value = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
