using System.Security.Cryptography;
using System.Text;

namespace LiveFunctions.Core.Callbacks.Delivery;

/// <summary>
/// The signature of a subscriber delivery: <c>X-LiveFunctions-Signature: sha256=&lt;lower-case hex
/// HMAC-SHA256(UTF-8 secret, body bytes)&gt;</c>, computed over the exact bytes of the body.
/// </summary>
public static class SubscriberSignature
{
    /// <summary>The signature header.</summary>
    public const string HeaderName = "X-LiveFunctions-Signature";

    /// <summary>A convenience copy of the body's <c>DedupeKey</c> (not signed; trust the body's value).</summary>
    public const string DedupeKeyHeaderName = "X-LiveFunctions-Dedupe-Key";

    /// <summary>The scheme prefix of the header value.</summary>
    public const string Prefix = "sha256=";

    /// <summary>The header value for <paramref name="body"/>.</summary>
    public static string Compute(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>Whether <paramref name="headerValue"/> is the signature of <paramref name="body"/> (constant-time comparison).</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? headerValue)
    {
        if (headerValue is null)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, body));
        var actual = Encoding.ASCII.GetBytes(headerValue.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
