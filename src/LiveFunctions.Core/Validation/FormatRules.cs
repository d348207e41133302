namespace LiveFunctions.Core.Validation;

/// <summary>Shape checks for values that name things outside the request: hosts, OSS buckets, callback URLs.</summary>
public static class FormatRules
{
    /// <summary>
    /// True for a bare DNS host name such as <c>oss-cn-shanghai.aliyuncs.com</c>: at least two dot-separated labels of
    /// letters, digits and hyphens (1–63 characters, not starting or ending with a hyphen), 253 characters at most.
    /// A scheme, port, path or trailing dot is not part of a host and is rejected.
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
