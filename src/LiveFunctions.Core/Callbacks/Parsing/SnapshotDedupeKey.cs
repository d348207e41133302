using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LiveFunctions.Core.Callbacks.Parsing;

/// <summary>
/// The identity of a snapshot for exactly-once processing. Live retries a callback with the same content and no event
/// id, so the key is derived from the content: lower-case hex SHA-256 of a canonical string of domain (lower-cased),
/// app, stream, OSS object and time (UNIX milliseconds), each length-prefixed so no two field lists share a string.
/// The JSON layout (whitespace, key order, key casing or alias, seconds vs ISO time) therefore does not change the key;
/// another object or time does. A body that was not understood is keyed by the SHA-256 of its raw bytes.
/// </summary>
public static class SnapshotDedupeKey
{
    /// <summary>The length of a key (64 hex characters).</summary>
    public const int Length = 64;

    private const string Version = "snapshot-v1";

    /// <summary>The key of an understood snapshot.</summary>
    public static string For(SnapshotEvent snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var canonical = new StringBuilder(Version);
        Append(canonical, snapshot.DomainName.ToLowerInvariant());
        Append(canonical, snapshot.AppName);
        Append(canonical, snapshot.StreamName);
        Append(canonical, snapshot.OssObject ?? "");
        Append(canonical, snapshot.SnapshotTime.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <summary>The key of a body that was not understood: SHA-256 of the bytes as received.</summary>
    public static string ForRawBody(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    private static void Append(StringBuilder canonical, string value) =>
        canonical.Append('\n').Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
}
