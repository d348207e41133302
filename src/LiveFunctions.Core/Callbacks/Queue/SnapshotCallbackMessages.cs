using System.Security.Cryptography;
using System.Text;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Parsing;

namespace LiveFunctions.Core.Callbacks.Queue;

/// <summary>Builds the queue message of a received callback.</summary>
public static class SnapshotCallbackMessages
{
    /// <summary>The longest <see cref="SnapshotCallbackMessage.ReceiptId"/> accepted (a GUID has 36 characters).</summary>
    public const int MaxReceiptIdLength = 128;

    /// <summary>
    /// Parses <paramref name="body"/>, derives the dedupe key and builds the message. The message always serialises to
    /// at most <see cref="SnapshotCallbackMessageJson.MaxJsonBytes"/>, even in the strictest escaping a writer on its way
    /// may use (<see cref="SnapshotCallbackMessageJson.StrictByteCount"/>): when the raw body would push it over, only the
    /// longest prefix of the body that fits is kept and <see cref="SnapshotCallbackMessage.RawBodyTruncated"/> is set
    /// (the parsed snapshot, the size and the SHA-256 of the whole body are kept).
    /// </summary>
    public static SnapshotCallbackMessage Create(ReadOnlyMemory<byte> body, CallbackAuthResult authentication, DateTimeOffset receivedAt) =>
        Create(body, authentication, receivedAt, receiptId: null);

    /// <summary>As <see cref="Create(ReadOnlyMemory{byte}, CallbackAuthResult, DateTimeOffset)"/>, with the intake's receipt id.</summary>
    public static SnapshotCallbackMessage Create(
        ReadOnlyMemory<byte> body, CallbackAuthResult authentication, DateTimeOffset receivedAt, string? receiptId)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        if (receiptId is { Length: > MaxReceiptIdLength })
        {
            throw new ArgumentException($"A receipt id has at most {MaxReceiptIdLength} characters.", nameof(receiptId));
        }

        var parsed = SnapshotCallbackParser.Parse(body);
        var rawBody = Encoding.UTF8.GetString(body.Span);
        var message = new SnapshotCallbackMessage
        {
            ReceivedAt = receivedAt.ToUniversalTime(),
            AuthenticatedWith = authentication.Accepted ? authentication.Key : CallbackAuthKey.None,
            ReceiptId = receiptId,
            CallbackHost = authentication.Host,
            Understood = parsed.Understood,
            Problem = parsed.Problem,
            Snapshot = parsed.Event,
            DedupeKey = parsed.Event is { } snapshot ? SnapshotDedupeKey.For(snapshot) : SnapshotDedupeKey.ForRawBody(body.Span),
            RawBody = rawBody,
            RawBodyBytes = body.Length,
            RawBodySha256 = Convert.ToHexStringLower(SHA256.HashData(body.Span)),
        };
        return Fits(message) ? message : Truncated(message);
    }

    private static SnapshotCallbackMessage Truncated(SnapshotCallbackMessage message)
    {
        var body = message.RawBody;
        if (!Fits(message with { RawBody = "", RawBodyTruncated = true }))
        {
            // Cannot happen: parsed fields are capped at SnapshotCallbackParser.MaxFieldLength and hosts at 253 characters.
            throw new InvalidOperationException("A snapshot callback message without its raw body does not fit a queue message.");
        }

        // The serialised size grows with the prefix length, so the longest fitting prefix is found by bisection.
        int fits = 0, tooLong = body.Length;
        while (tooLong - fits > 1)
        {
            var middle = fits + ((tooLong - fits) / 2);
            if (Fits(message with { RawBody = Prefix(body, middle), RawBodyTruncated = true }))
            {
                fits = middle;
            }
            else
            {
                tooLong = middle;
            }
        }

        return message with { RawBody = Prefix(body, fits), RawBodyTruncated = true };
    }

    /// <summary>The first <paramref name="length"/> characters, one fewer when that would split a surrogate pair.</summary>
    private static string Prefix(string text, int length) =>
        length > 0 && char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];

    // Measured in the strictest escaping a writer on the way may apply: the Functions host re-writes the message with
    // Newtonsoft (minimal escaping), but the standalone path re-serialises it with System.Text.Json's default encoder,
    // which writes '"' as \u0022 and non-ASCII as \uXXXX. The strict size bounds both.
    private static bool Fits(SnapshotCallbackMessage message) =>
        SnapshotCallbackMessageJson.StrictByteCount(message) <= SnapshotCallbackMessageJson.MaxJsonBytes;
}
