using System.Text;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.Common;

/// <summary>The shapes of OSS endpoints, bucket names and object-name templates the config actions accept.</summary>
internal static class OssNames
{
    /// <summary>
    /// A host name such as <c>oss-cn-shanghai.aliyuncs.com</c>: at least two dot-separated labels of letters, digits
    /// and inner hyphens (1–63 characters each), at most 253 characters; no scheme, port or path.
    /// </summary>
    public static bool IsEndpoint(string value)
    {
        if (value.Length > 253)
        {
            return false;
        }

        var labels = value.Split('.');
        return labels.Length >= 2 && labels.All(label =>
            label.Length is >= 1 and <= 63
            && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            && label[0] != '-' && label[^1] != '-');
    }

    /// <summary>An OSS bucket name: 3–63 lower-case letters, digits and hyphens, starting and ending with a letter or digit.</summary>
    public static bool IsBucket(string value) =>
        value.Length is >= 3 and <= 63
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && value[0] != '-' && value[^1] != '-';

    /// <summary>
    /// Records the documented error of a given bucket: <c>InvalidOssBucket.Malformed</c> for a bad name, else
    /// <c>InvalidOssBucket.NotFound</c> when buckets are configured (<c>Emulator:Oss:Buckets</c>) and it is not one.
    /// </summary>
    public static void CheckBucket(ParameterReader parameters, string? bucket, IReadOnlyCollection<string> knownBuckets)
    {
        if (string.IsNullOrEmpty(bucket))
        {
            return;
        }

        if (!IsBucket(bucket))
        {
            parameters.Fail(ServiceErrors.Config.OssBucketMalformed);
        }
        else if (knownBuckets.Count > 0 && !knownBuckets.Contains(bucket))
        {
            parameters.Fail(ServiceErrors.Config.OssBucketNotFound);
        }
    }

    /// <summary>
    /// An object-name template: shorter than 256 bytes (UTF-8), not starting with <c>/</c>, braces balanced, every
    /// <c>{Variable}</c> one of <paramref name="allowed"/>, and every group of <paramref name="requiredGroups"/>
    /// represented by at least one of its variables.
    /// </summary>
    public static bool IsTemplate(string value, IReadOnlyCollection<string> allowed, params string[][] requiredGroups)
    {
        if (Encoding.UTF8.GetByteCount(value) >= 256 || value.StartsWith('/') || value.StartsWith('\\'))
        {
            return false;
        }

        var variables = new List<string>();
        var open = -1;
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '{' when open >= 0:
                    return false;
                case '{':
                    open = i;
                    break;
                case '}' when open < 0:
                    return false;
                case '}':
                    variables.Add(value[(open + 1)..i]);
                    open = -1;
                    break;
            }
        }

        return open < 0
            && variables.All(variable => allowed.Contains(variable))
            && requiredGroups.All(group => group.Any(variables.Contains));
    }
}
