using System.Globalization;

namespace LiveFunctions.Core.Validation;

/// <summary>
/// Collects the broken rules of one request. Each check adds at most one error, never throws, and says whether the
/// value passed, so a validator can skip rules that only make sense for a valid value. Absent optional values pass.
/// </summary>
public sealed class ValidationCollector
{
    private readonly List<ValidationError> _errors = [];

    /// <summary>How many rules are broken so far.</summary>
    public int Count => _errors.Count;

    /// <summary>Adds a broken rule.</summary>
    public void Add(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _errors.Add(error);
    }

    /// <summary>Adds a broken rule with the document's own <paramref name="code"/>; <paramref name="rule"/> says what the value must be.</summary>
    public void Invalid(string code, string parameter, string rule) =>
        _errors.Add(new(code, $"Specified parameter {parameter} is not valid: {rule}", parameter));

    /// <summary>Adds <c>Invalid{Parameter}.Malformed</c> (the convention of <see cref="ValidationRules"/>).</summary>
    public void Malformed(string parameter, string rule) => _errors.Add(ValidationRules.Malformed(parameter, rule));

    /// <summary>Adds <c>Missing{Parameter}</c> when the value is null or empty; true when it is present.</summary>
    public bool Require(string parameter, string? value) => ValidationRules.Require(value, parameter, _errors);

    /// <summary>
    /// Checks an integer against the inclusive range [<paramref name="min"/>, <paramref name="max"/>]; a broken rule gets
    /// <paramref name="code"/>, or <c>Invalid{Parameter}.Malformed</c> when null. True when absent or in range.
    /// </summary>
    public bool InRange(string parameter, long? value, long min, long max, string? code = null)
    {
        if (value is not { } number || (number >= min && number <= max))
        {
            return true;
        }

        var rule = string.Create(CultureInfo.InvariantCulture, $"it must be between {min} and {max}; got {number}.");
        Report(parameter, rule, code);
        return false;
    }

    /// <summary>Checks that a present string is one of <paramref name="allowed"/> (ordinal, case-sensitive). True when absent or allowed.</summary>
    public bool OneOf(string parameter, string? value, IReadOnlyCollection<string> allowed, string? code = null)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (value is null || allowed.Contains(value, StringComparer.Ordinal))
        {
            return true;
        }

        Report(parameter, $"it must be one of {string.Join(", ", allowed)}.", code);
        return false;
    }

    /// <summary>Checks that a present integer is one of <paramref name="allowed"/>. True when absent or allowed.</summary>
    public bool OneOf(string parameter, int? value, IReadOnlyCollection<int> allowed, string? code = null)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (value is not { } number || allowed.Contains(number))
        {
            return true;
        }

        var rule = string.Create(CultureInfo.InvariantCulture, $"it must be one of {string.Join(", ", allowed)}; got {number}.");
        Report(parameter, rule, code);
        return false;
    }

    /// <summary>
    /// Reads an optional time in the APIs' one format (<see cref="AlibabaTime"/>). A present but malformed value adds
    /// <paramref name="code"/> (or <c>Invalid{Parameter}.Malformed</c>). Returns the time, or null when absent or malformed.
    /// </summary>
    public DateTimeOffset? Time(string parameter, string? value, string? code = null)
    {
        if (ValidationRules.IsMissing(value))
        {
            return null;
        }

        if (AlibabaTime.TryParse(value, out var time))
        {
            return time;
        }

        Report(parameter, $"'{value}' is not a UTC time in the format yyyy-MM-ddTHH:mm:ssZ.", code);
        return null;
    }

    /// <summary>
    /// Reads a required time: <c>Missing{Parameter}</c> when absent, otherwise as <see cref="Time"/>. Returns the time,
    /// or null when absent or malformed.
    /// </summary>
    public DateTimeOffset? RequiredTime(string parameter, string? value, string? code = null) =>
        Require(parameter, value) ? Time(parameter, value, code) : null;

    /// <summary>
    /// Checks that a present value is a bare host name (<see cref="FormatRules.IsHostName"/>), as an OSS endpoint is;
    /// a broken rule is <c>Invalid{Parameter}.Malformed</c>. True when absent or valid.
    /// </summary>
    public bool HostName(string parameter, string? value) =>
        Check(parameter, value, FormatRules.IsHostName, "it must be a host name such as oss-cn-shanghai.aliyuncs.com, without scheme, port or path.");

    /// <summary>
    /// Checks that a present value follows the OSS bucket naming rules (<see cref="FormatRules.IsOssBucketName"/>);
    /// a broken rule is <c>Invalid{Parameter}.Malformed</c>. True when absent or valid.
    /// </summary>
    public bool OssBucketName(string parameter, string? value) =>
        Check(parameter, value, FormatRules.IsOssBucketName, "a bucket name has 3 to 63 lowercase letters, digits and hyphens and does not start or end with a hyphen.");

    /// <summary>
    /// Checks that a present value follows the OSS object naming rules (<see cref="FormatRules.IsOssObjectName"/>);
    /// a broken rule is <c>Invalid{Parameter}.Malformed</c>. True when absent or valid.
    /// </summary>
    public bool OssObjectName(string parameter, string? value) =>
        Check(parameter, value, FormatRules.IsOssObjectName, "an OSS object name is 1 to 1023 bytes of UTF-8 and cannot start with '/' or '\\'.");

    /// <summary>The broken rules, in the order they were found; empty when the request may be sent.</summary>
    public IReadOnlyList<ValidationError> ToList() => _errors.ToArray();

    private bool Check(string parameter, string? value, Func<string?, bool> isValid, string rule)
    {
        if (ValidationRules.IsMissing(value) || isValid(value))
        {
            return true;
        }

        Malformed(parameter, rule);
        return false;
    }

    private void Report(string parameter, string rule, string? code)
    {
        if (code is null)
        {
            Malformed(parameter, rule);
        }
        else
        {
            Invalid(code, parameter, rule);
        }
    }
}
