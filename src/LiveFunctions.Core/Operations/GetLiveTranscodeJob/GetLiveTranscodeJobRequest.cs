namespace LiveFunctions.Core.Operations.GetLiveTranscodeJob;

/// <summary>GetLiveTranscodeJob (ICE): reads one live transcoding job.</summary>
public sealed record GetLiveTranscodeJobRequest
{
    /// <summary>The job ID (required).</summary>
    public string? JobId { get; init; }
}
