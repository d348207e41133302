using System.Text;

namespace LiveFunctions.Core.Validation;

/// <summary>
/// Rules shared by the validators of CreateLiveStreamRecordIndexFiles, DescribeLiveStreamsPublishList,
/// UpdateLiveTranscodeJob and GetLiveTranscodeJob: required values, times in the documents' one format, and the
/// OSS naming rules the OSS parameters must follow. Every method adds to an error list and never throws.
/// See docs/validation-index-ice.md for where each rule comes from.
/// </summary>
internal static class IndexAndIceRules
{
    /// <summary>OSS bucket names: 3 to 63 characters (OSS bucket naming conventions).</summary>
    public const int OssBucketMinLength = 3;

    /// <summary>OSS bucket names: 3 to 63 characters (OSS bucket naming conventions).</summary>
    public const int OssBucketMaxLength = 63;

    /// <summary>OSS object names: 1 to 1,023 bytes of UTF-8 (OSS object naming conventions).</summary>
    public const int OssObjectMaxBytes = 1023;

    /// <summary>Adds <c>Missing{Parameter}</c> when the value is absent or empty; true when it is present.</summary>
    public static bool Require(string? value, string parameter, List<ValidationError> errors)
    {
        if (ValidationRules.IsMissing(value))
        {
            errors.Add(ValidationRules.Missing(parameter));
            return false;
        }

        return true;
    }

    /// <summary>
    /// A required time: <c>Missing{Parameter}</c> when absent, <c>Invalid{Parameter}.Malformed</c> when not exactly
    /// <c>yyyy-MM-ddTHH:mm:ssZ</c>; the parsed time otherwise.
    /// </summary>
    public static DateTimeOffset? RequiredTime(string? value, string parameter, List<ValidationError> errors) =>
        Require(value, parameter, errors) ? OptionalTime(value, parameter, errors) : null;

    /// <summary>An optional time: null when absent (no error), <c>Invalid{Parameter}.Malformed</c> when malformed.</summary>
    public static DateTimeOffset? OptionalTime(string? value, string parameter, List<ValidationError> errors)
    {
        if (ValidationRules.IsMissing(value))
        {
            return null;
        }

        if (AlibabaTime.TryParse(value, out var time))
        {
            return time;
        }

        errors.Add(ValidationRules.Malformed(parameter, $"'{value}' is not a UTC time in the format yyyy-MM-ddTHH:mm:ssZ."));
        return null;
    }

    /// <summary>
    /// True for a bare host name (what an OSS endpoint is, e.g. <c>oss-cn-shanghai.aliyuncs.com</c>): dot-separated
    /// labels of ASCII letters, digits and hyphens, each 1 to 63 characters and not starting or ending with a hyphen,
    /// at most 253 characters in all. A scheme, port, path or whitespace makes it malformed.
    /// </summary>
    public static bool IsHostName(string value)
    {
        if (value.Length is 0 or > 253)
        {
            return false;
        }

        foreach (var label in value.Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-'
                || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for a valid OSS bucket name: 3 to 63 characters of lower-case letters, digits and hyphens, starting and
    /// ending with a lower-case letter or digit.
    /// </summary>
    public static bool IsOssBucketName(string value) =>
        value.Length is >= OssBucketMinLength and <= OssBucketMaxLength
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && value[0] != '-'
        && value[^1] != '-';

    /// <summary>
    /// True for a valid OSS object name: 1 to 1,023 bytes of UTF-8, not starting with <c>/</c> or <c>\</c>.
    /// Variables such as <c>{AppName}</c> are counted as written.
    /// </summary>
    public static bool IsOssObjectName(string value) =>
        value.Length > 0
        && value[0] is not ('/' or '\\')
        && Encoding.UTF8.GetByteCount(value) <= OssObjectMaxBytes;
}
