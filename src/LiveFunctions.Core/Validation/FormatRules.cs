using System.Text;

namespace LiveFunctions.Core.Validation;

/// <summary>
/// Shape checks for values that name things outside the request: hosts, OSS buckets and objects, callback URLs.
/// Null or empty values are never valid; <see cref="ValidationCollector"/> decides whether they are required.
/// </summary>
public static class FormatRules
{
    /// <summary>The longest OSS object name in UTF-8 bytes (OSS object naming conventions: 1 to 1,023 bytes).</summary>
    public const int OssObjectMaxBytes = 1023;

    /// <summary>
    /// True for a bare DNS host name such as <c>oss-cn-shanghai.aliyuncs.com</c>: at least two dot-separated labels of
    /// ASCII letters, digits and hyphens (1–63 characters, not starting or ending with a hyphen), 253 characters at most.
    /// A scheme, port, path, whitespace or trailing dot is not part of a host and is rejected, and so is a single label
    /// such as <c>localhost</c>: an OSS endpoint is a public name under a domain (every document example is one).
    /// </summary>
    public static bool IsHostName(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 253)
        {
            return false;
        }

        var labels = value.Split('.');
        return labels.Length >= 2 && labels.All(IsHostLabel);
    }

    /// <summary>
    /// True for a valid OSS bucket name: 3–63 characters of lowercase letters, digits and hyphens, not starting or
    /// ending with a hyphen.
    /// </summary>
    public static bool IsOssBucketName(string? value) =>
        value is { Length: >= 3 and <= 63 }
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && value[0] != '-'
        && value[^1] != '-';

    /// <summary>
    /// True for a valid OSS object name: 1 to 1,023 bytes of UTF-8 (bytes, not characters), not starting with <c>/</c>
    /// or <c>\</c>. Variables such as <c>{AppName}</c> count as written.
    /// </summary>
    public static bool IsOssObjectName(string? value) =>
        !string.IsNullOrEmpty(value)
        && value[0] is not ('/' or '\\')
        && Encoding.UTF8.GetByteCount(value) <= OssObjectMaxBytes;

    /// <summary>True for an absolute <c>http</c> or <c>https</c> URL with a host.</summary>
    public static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    private static bool IsHostLabel(string label) =>
        label is { Length: >= 1 and <= 63 }
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
        && label[0] != '-'
        && label[^1] != '-';
}
