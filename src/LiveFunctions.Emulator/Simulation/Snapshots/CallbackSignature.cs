using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LiveFunctions.Emulator.Simulation.Snapshots;

/// <summary>
/// Live callback authentication: <c>ALI-LIVE-SIGNATURE = md5(host|timestamp|key)</c> as 32 lower-case hex characters,
/// where host is the host part (no port) of the callback URL and timestamp the <c>ALI-LIVE-TIMESTAMP</c> UNIX seconds.
/// </summary>
internal static class CallbackSignature
{
    /// <summary>The timestamp header.</summary>
    public const string TimestampHeader = "ALI-LIVE-TIMESTAMP";

    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "ALI-LIVE-SIGNATURE";

    /// <summary>The signature of one callback.</summary>
    public static string Compute(string host, long unixSeconds, string key)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{host}|{unixSeconds}|{key}");
#pragma warning disable CA5351 // MD5 is what the service's callback authentication defines; it is not our choice of hash.
        return Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
    }
}
