using System.Text;

namespace LiveFunctions.Core.Callbacks.Layout;

/// <summary>
/// Makes a value safe as one segment of a blob name: UTF-8 bytes other than ASCII letters, digits, <c>-</c>, <c>_</c>
/// and <c>.</c> become <c>%XX</c> (so <c>/</c> cannot add folders and the mapping is one-to-one), and a segment of dots
/// only is fully encoded (blob names must not contain <c>.</c> or <c>..</c> segments).
/// </summary>
internal static class BlobNameSegment
{
    public static string Escape(string value)
    {
        var onlyDots = value.Length > 0 && value.All(c => c == '.');
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (c == '.' && !onlyDots)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
