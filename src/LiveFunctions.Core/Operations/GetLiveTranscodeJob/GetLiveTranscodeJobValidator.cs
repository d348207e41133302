using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.GetLiveTranscodeJob;

/// <summary>The one rule of GetLiveTranscodeJob: JobId is required.</summary>
internal static class GetLiveTranscodeJobValidator
{
    /// <summary>Every broken rule; empty when the request may be sent.</summary>
    public static IReadOnlyList<ValidationError> Validate(GetLiveTranscodeJobRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationCollector();
        errors.Require("JobId", request.JobId);
        return errors.ToList();
    }
}
