namespace LiveFunctions.Core.Validation;

/// <summary>
/// The error-code convention for rules whose document lists no code of its own, shared by every validator:
/// a missing required parameter is <c>Missing{Parameter}</c> ("{Parameter} is mandatory for this action.", the
/// gateway's form, as in the document's own <c>MissingTemplate</c>); a malformed value is
/// <c>Invalid{Parameter}.Malformed</c> (the documents' pattern, as in <c>InvalidOssEndpoint.Malformed</c>).
/// Where a document lists a code for a mistake, the validator uses that code instead.
/// </summary>
public static class ValidationRules
{
    /// <summary>The error for a missing required parameter.</summary>
    public static ValidationError Missing(string parameter) =>
        new($"Missing{StripIndex(parameter)}", $"{parameter} is mandatory for this action.", parameter);

    /// <summary>The error for a malformed value, in the <c>Invalid{Parameter}.Malformed</c> form.</summary>
    public static ValidationError Malformed(string parameter, string rule) =>
        new($"Invalid{StripIndex(parameter)}.Malformed", $"Specified parameter {parameter} is not valid: {rule}", parameter);

    /// <summary>Adds <c>Missing{Parameter}</c> to <paramref name="errors"/> when the value is null or empty; true when it is present.</summary>
    public static bool Require(string? value, string parameter, ICollection<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (IsMissing(value))
        {
            errors.Add(Missing(parameter));
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads a required time in the APIs' format (<see cref="AlibabaTime"/>): <c>Missing{Parameter}</c> when absent,
    /// <c>Invalid{Parameter}.Malformed</c> when malformed; the time otherwise.
    /// </summary>
    public static DateTimeOffset? RequiredTime(string? value, string parameter, ICollection<ValidationError> errors)
    {
        if (!Require(value, parameter, errors))
        {
            return null;
        }

        if (AlibabaTime.TryParse(value, out var time))
        {
            return time;
        }

        errors.Add(Malformed(parameter, $"'{value}' is not a UTC time in the format yyyy-MM-ddTHH:mm:ssZ."));
        return null;
    }

    /// <summary>True when a string parameter is absent or empty (the service treats both as not given).</summary>
    public static bool IsMissing(string? value) => string.IsNullOrEmpty(value);

    // "RecordFormat.1.Format" -> "Format", "TranscodeTemplates.2" -> "TranscodeTemplates":
    // codes name the field, not its list position.
    private static string StripIndex(string parameter) =>
        parameter.Split('.').Last(part => part.Length > 0 && !part.All(char.IsAsciiDigit));
}
