using System.Globalization;
using System.Text;
using LiveFunctions.Emulator.LiveConfig.Common;

namespace LiveFunctions.Emulator.Simulation.ObjectStorage;

/// <summary>
/// OSS object keys as the simulation writes them. Bucket names follow the config actions' rule
/// (<see cref="OssNames.IsBucket"/>).
/// </summary>
internal static class ObjectKeys
{

    /// <summary>
    /// An object key the emulator stores: 1–1023 UTF-8 bytes, '/'-separated non-empty segments other than "." and "..",
    /// no backslash and no control characters (stricter than OSS, so every key is also a safe relative file path).
    /// </summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 }
        && Encoding.UTF8.GetByteCount(key) <= 1023
        && !key.Any(c => char.IsControl(c) || c == '\\' || c == ':')
        && key.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");

    /// <summary>Both parts valid.</summary>
    public static bool IsStorable(string? bucket, string? key) => bucket is not null && OssNames.IsBucket(bucket) && IsValidKey(key);

    /// <summary>
    /// Expands the variables a recording slice name and a snapshot name share — <c>{AppName}</c>, <c>{StreamName}</c>,
    /// <c>{UnixTimestamp}</c> (whole seconds of <paramref name="time"/>) and <c>{Sequence}</c> — and drops a leading
    /// <c>/</c>, since an object key is relative to its bucket.
    /// </summary>
    public static string Expand(string template, string appName, string streamName, DateTimeOffset time, int sequence)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template
            .Replace("{AppName}", appName, StringComparison.Ordinal)
            .Replace("{StreamName}", streamName, StringComparison.Ordinal)
            .Replace("{UnixTimestamp}", time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Sequence}", sequence.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .TrimStart('/');
    }

    /// <summary>The content type served for a key, by its extension.</summary>
    public static string ContentType(string key)
    {
        var extension = Path.GetExtension(key).ToUpperInvariant();
        return extension switch
        {
            ".M3U8" => "application/vnd.apple.mpegurl",
            ".TS" => "video/mp2t",
            ".JPG" or ".JPEG" => "image/jpeg",
            _ => "application/octet-stream",
        };
    }

    /// <summary>The URL path of an object under the OSS route, each segment escaped.</summary>
    public static string UrlPath(string bucket, string key) =>
        $"/_emulator/oss/{Uri.EscapeDataString(bucket)}/{EscapeSegments(key)}";

    /// <summary>Escapes each '/'-separated segment of a path.</summary>
    public static string EscapeSegments(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
