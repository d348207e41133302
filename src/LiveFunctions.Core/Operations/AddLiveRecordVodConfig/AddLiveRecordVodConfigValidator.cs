using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.AddLiveRecordVodConfig;

/// <summary>The rules of the AddLiveRecordVodConfig document (docs/validation.md).</summary>
internal static class AddLiveRecordVodConfigValidator
{
    /// <summary>The AutoCompose values: "Set to ON to enable"; OFF leaves it disabled.</summary>
    internal static readonly string[] AutoComposeValues = ["ON", "OFF"];

    /// <summary>The OnDemand values the document lists.</summary>
    internal static readonly int[] OnDemandValues = [0, 1];

    public static IReadOnlyList<ValidationError> Validate(AddLiveRecordVodConfigRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationCollector();
        errors.Require("DomainName", request.DomainName);
        errors.Require("AppName", request.AppName);
        errors.Require("VodTranscodeGroupId", request.VodTranscodeGroupId);
        errors.InRange("CycleDuration", request.CycleDuration, 300, 21600);
        errors.OneOf("OnDemand", request.OnDemand, OnDemandValues);

        var autoCompose = ValidationRules.IsMissing(request.AutoCompose) ? null : request.AutoCompose;
        if (errors.OneOf("AutoCompose", autoCompose, AutoComposeValues, "InvalidAutoCompose.Malformed")
            && (autoCompose == "ON") == ValidationRules.IsMissing(request.ComposeVodTranscodeGroupId))
        {
            errors.Invalid(
                "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
                "ComposeVodTranscodeGroupId",
                autoCompose == "ON"
                    ? "it is required when AutoCompose is ON."
                    : "it may only be given when AutoCompose is ON.");
        }

        return errors.ToList();
    }
}
