using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.UpdateLiveAppSnapshotConfig;

/// <summary>The rules of the UpdateLiveAppSnapshotConfig document (docs/validation.md).</summary>
internal static class UpdateLiveAppSnapshotConfigValidator
{
    /// <summary>"A value of hyphen (-) indicates that this parameter is deleted."</summary>
    internal const string Delete = "-";

    /// <summary>The variables OverwriteOssObject may use.</summary>
    internal static readonly string[] OverwriteVariables = ["AppName", "StreamName"];

    /// <summary>The variables SequenceOssObject may use.</summary>
    internal static readonly string[] SequenceVariables = ["AppName", "StreamName", "UnixTimestamp", "Sequence"];

    public static IReadOnlyList<ValidationError> Validate(UpdateLiveAppSnapshotConfigRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationCollector();
        errors.Require("DomainName", request.DomainName);
        errors.Require("AppName", request.AppName);
        errors.InRange("TimeInterval", request.TimeInterval, 5, 3600);
        errors.HostName("OssEndpoint", request.OssEndpoint);
        errors.OssBucketName("OssBucket", request.OssBucket);

        var overwrite = Check("OverwriteOssObject", request.OverwriteOssObject, OverwriteVariables, needsSequenceVariable: false, errors);
        var sequence = Check("SequenceOssObject", request.SequenceOssObject, SequenceVariables, needsSequenceVariable: true, errors);
        CheckPair(overwrite, sequence, errors);

        if (!ValidationRules.IsMissing(request.Callback) && !FormatRules.IsHttpUrl(request.Callback))
        {
            errors.Malformed("Callback", "it must be an absolute http or https URL.");
        }

        return errors.ToList();
    }

    // "You can specify only one of the OverwriteOssObject and SequenceOssObject parameters"; the code's message adds
    // "should have one". So two names at once break it, and so does deleting both, which would leave the config no
    // snapshot object at all. A name plus a deletion ("-") switches modes and is allowed.
    private static void CheckPair(Given overwrite, Given sequence, ValidationCollector errors)
    {
        var rule = (overwrite, sequence) switch
        {
            (Given.Name, Given.Name) => "only one of OverwriteOssObject and SequenceOssObject may be given.",
            (Given.Delete, Given.Delete) => "deleting both OverwriteOssObject and SequenceOssObject would leave no snapshot object; one should remain.",
            _ => null,
        };
        if (rule is not null)
        {
            errors.Add(new(
                "InvalidOverwriteOssObjectOrSequenceOssObject.Malformed",
                $"Specified parameters OverwriteOssObject or SequenceOssObject are not valid: {rule}",
                "OverwriteOssObject"));
        }
    }

    private static Given Check(string parameter, string? value, IReadOnlyCollection<string> allowed, bool needsSequenceVariable, ValidationCollector errors)
    {
        if (ValidationRules.IsMissing(value))
        {
            return Given.None;
        }

        if (value == Delete)
        {
            return Given.Delete;
        }

        var problem = ObjectNameTemplate.Problem(value!, allowed)
            ?? (value!.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) ? null : "only JPG images are supported; the name must end with .jpg.")
            ?? (!needsSequenceVariable || ObjectNameTemplate.Uses(value, "UnixTimestamp") || ObjectNameTemplate.Uses(value, "Sequence")
                ? null
                : "it must contain at least one of {UnixTimestamp} and {Sequence}.");
        if (problem is not null)
        {
            errors.Malformed(parameter, problem);
        }

        // A malformed name still counts as a name for the pair rule: the caller meant to set it.
        return Given.Name;
    }

    private enum Given
    {
        None,
        Delete,
        Name,
    }
}
