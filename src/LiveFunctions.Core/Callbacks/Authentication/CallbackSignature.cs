using System.Security.Cryptography;
using System.Text;

namespace LiveFunctions.Core.Callbacks.Authentication;

/// <summary>
/// The ApsaraVideo Live callback signature: <c>ALI-LIVE-SIGNATURE = md5(host + "|" + ALI-LIVE-TIMESTAMP + "|" + key)</c>
/// as 32 lower-case hex characters (spec §7.2).
/// </summary>
public static class CallbackSignature
{
    /// <summary>The lower-case hex signature of a callback sent at <paramref name="timestamp"/> (the header text).</summary>
    public static string Compute(string host, string timestamp, string key)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(key);
#pragma warning disable CA5351 // MD5 is what the service signs with; it is not our choice of algorithm.
        var digest = MD5.HashData(Encoding.UTF8.GetBytes($"{host}|{timestamp}|{key}"));
#pragma warning restore CA5351
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>
    /// Whether <paramref name="provided"/> (hex, any case) equals <paramref name="expectedLowerHex"/>, compared in
    /// constant time so the comparison leaks nothing about how many characters matched.
    /// </summary>
    public static bool Matches(string expectedLowerHex, string provided)
    {
        ArgumentNullException.ThrowIfNull(expectedLowerHex);
        ArgumentNullException.ThrowIfNull(provided);
        var expected = Encoding.ASCII.GetBytes(expectedLowerHex);
        var actual = Encoding.ASCII.GetBytes(provided.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
