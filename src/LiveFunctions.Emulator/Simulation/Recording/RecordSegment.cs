namespace LiveFunctions.Emulator.Simulation.Recording;

/// <summary>One recorded TS segment of a session: [Start, Start + Duration), stored as (Bucket, Key).</summary>
internal sealed record RecordSegment(
    string SessionId,
    int Sequence,
    DateTimeOffset Start,
    TimeSpan Duration,
    string OssEndpoint,
    string Bucket,
    string Key)
{
    /// <summary>The end of the segment (exclusive).</summary>
    public DateTimeOffset End => Start + Duration;
}
