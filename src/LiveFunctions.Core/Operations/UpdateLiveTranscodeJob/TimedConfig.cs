namespace LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

/// <summary>
/// The schedule of a timed ICE live transcoding job, times <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC); on the wire
/// <c>{"EndTime":"…","StartTime":"…"}</c>. Each time must lie within seven days of now.
/// </summary>
public sealed record TimedConfig
{
    /// <summary>When the job starts.</summary>
    public string? StartTime { get; init; }

    /// <summary>When the job stops.</summary>
    public string? EndTime { get; init; }
}
