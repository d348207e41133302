namespace LiveFunctions.Emulator.Simulation.Streams;

/// <summary>
/// One publishing session of a stream: live over [StartTime, EndTime); no EndTime means still live. A session whose
/// StartTime is later than the clock has not started yet and does not exist for the queries until then.
/// </summary>
internal sealed record PublishSession(
    string Id,
    string DomainName,
    string AppName,
    string StreamName,
    DateTimeOffset StartTime,
    DateTimeOffset? EndTime)
{
    /// <summary>Whether the stream is being pushed at <paramref name="now"/>.</summary>
    public bool IsLiveAt(DateTimeOffset now) => StartTime <= now && (EndTime is null || now < EndTime);

    /// <summary>The stop time as the service would know it at <paramref name="now"/>: null while still live.</summary>
    public DateTimeOffset? StopTimeAt(DateTimeOffset now) => EndTime is { } end && end <= now ? end : null;

    /// <summary>Whether the session, as known at <paramref name="now"/>, overlaps [from, to).</summary>
    public bool OverlapsAt(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now) =>
        StartTime <= now && StartTime < to && (EndTime is null || EndTime > from);

    /// <summary>The end of what has been pushed by <paramref name="now"/>: the stop time, or now while live.</summary>
    public DateTimeOffset PushedUntil(DateTimeOffset now) => EndTime is { } end && end < now ? end : now;

    /// <summary>Whether this session is of the given stream.</summary>
    public bool IsOf(string domainName, string appName, string streamName) =>
        DomainName == domainName && AppName == appName && StreamName == streamName;
}
