namespace LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

/// <summary>The answer of UpdateLiveTranscodeJob.</summary>
public sealed record UpdateLiveTranscodeJobResponse
{
    /// <summary>The request ID.</summary>
    public string? RequestId { get; init; }
}
