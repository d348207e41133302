using System.Globalization;
using LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.AddLiveAppRecordConfig;

/// <summary>
/// The rules of AddLiveAppRecordConfig: every UpdateLiveAppRecordConfig rule (the two share their parameters and
/// error table), plus the bucket and the object naming of each format (docs/validation.md).
/// </summary>
internal static class AddLiveAppRecordConfigValidator
{
    /// <summary>The variables an OssObjectPrefix may use.</summary>
    internal static readonly string[] ObjectPrefixVariables =
        ["AppName", "StreamName", "Sequence", "StartTime", "EndTime", "EscapedStartTime", "EscapedEndTime"];

    /// <summary>The variables a SliceOssObjectPrefix may use.</summary>
    internal static readonly string[] SlicePrefixVariables = ["AppName", "StreamName", "UnixTimestamp", "Sequence"];

    public static IReadOnlyList<ValidationError> Validate(AddLiveAppRecordConfigRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationCollector();
        foreach (var error in UpdateLiveAppRecordConfigValidator.Validate(request.ToUpdateRequest(), now))
        {
            errors.Add(error);
        }

        errors.Require("OssBucket", request.OssBucket);
        errors.OssBucketName("OssBucket", request.OssBucket);

        CheckNaming("RecordFormat", request.RecordFormat, errors);
        CheckNaming("TranscodeRecordFormat", request.TranscodeRecordFormat, errors);
        return errors.ToList();
    }

    private static void CheckNaming(string list, IReadOnlyList<AddRecordFormatItem>? items, ValidationCollector errors)
    {
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{list}.{i + 1}");
            CheckObjectPrefix($"{prefix}.OssObjectPrefix", items[i]?.OssObjectPrefix, errors);
            CheckSlicePrefix($"{prefix}.SliceOssObjectPrefix", items[i]?.SliceOssObjectPrefix, items[i]?.Format, errors);
        }
    }

    private static void CheckObjectPrefix(string parameter, string? value, ValidationCollector errors)
    {
        if (errors.Require(parameter, value) && ObjectPrefixProblem(value!) is { } problem)
        {
            errors.Invalid("InvalidOssObjectPrefix.Malformed", parameter, problem);
        }
    }

    private static void CheckSlicePrefix(string parameter, string? value, string? format, ValidationCollector errors)
    {
        if (!ValidationRules.IsMissing(value))
        {
            if (SlicePrefixProblem(value!) is { } problem)
            {
                errors.Invalid("InvalidSliceOssObjectPrefix.Malformed", parameter, problem);
            }
        }
        else if (format is "m3u8" or "cmaf")
        {
            errors.Add(new("MissingSliceOssObjectPrefix", $"{parameter} is mandatory for the {format} format.", parameter));
        }
    }

    private static string? ObjectPrefixProblem(string value) =>
        ObjectNameTemplate.Problem(value, ObjectPrefixVariables)
        ?? (UsesAny(value, "StartTime", "EscapedStartTime") ? null : "it must contain a start-time variable, {StartTime} or {EscapedStartTime}.")
        ?? (UsesAny(value, "EndTime", "EscapedEndTime") ? null : "it must contain an end-time variable, {EndTime} or {EscapedEndTime}.");

    private static string? SlicePrefixProblem(string value) =>
        ObjectNameTemplate.Problem(value, SlicePrefixVariables)
        ?? (ObjectNameTemplate.Uses(value, "UnixTimestamp") && ObjectNameTemplate.Uses(value, "Sequence")
            ? null
            : "it must contain both {UnixTimestamp} and {Sequence}.");

    private static bool UsesAny(string value, string first, string second) =>
        ObjectNameTemplate.Uses(value, first) || ObjectNameTemplate.Uses(value, second);
}
