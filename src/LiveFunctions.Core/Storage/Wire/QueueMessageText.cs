using System.Text;

namespace LiveFunctions.Core.Storage.Wire;

/// <summary>
/// The message encoding the Functions queue trigger and output binding use by default: <c>MessageText</c> is base64 of
/// the UTF-8 payload (spec §4.7).
/// </summary>
internal static class QueueMessageText
{
    /// <summary>The largest <c>MessageText</c> the service accepts, in bytes (64 KiB).</summary>
    public const int MaxEncodedLength = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>base64 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Encode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Decodes base64 of UTF-8. False (and the raw text back) when <paramref name="raw"/> is not base64 or its bytes are
    /// not valid UTF-8 — such a message was not written with the Functions encoding.
    /// </summary>
    public static bool TryDecode(string raw, out string text)
    {
        var buffer = new byte[raw.Length];
        if (Convert.TryFromBase64String(raw, buffer, out var written))
        {
            try
            {
                text = StrictUtf8.GetString(buffer, 0, written);
                return true;
            }
            catch (DecoderFallbackException)
            {
                // Valid base64 but not UTF-8: treat as raw text.
            }
        }

        text = raw;
        return false;
    }
}
