using System.Text;

namespace LiveFunctions.Emulator.Simulation.ObjectStorage;

/// <summary>OSS naming rules the simulation relies on.</summary>
internal static class ObjectKeys
{
    /// <summary>
    /// OSS bucket names: 3–63 characters of lower-case letters, digits and hyphens, starting and ending with a letter
    /// or digit.
    /// </summary>
    public static bool IsValidBucket(string? bucket) =>
        bucket is { Length: >= 3 and <= 63 }
        && bucket.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && bucket[0] != '-' && bucket[^1] != '-';

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
    public static bool IsStorable(string? bucket, string? key) => IsValidBucket(bucket) && IsValidKey(key);

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
