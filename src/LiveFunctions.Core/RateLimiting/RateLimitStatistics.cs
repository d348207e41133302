namespace LiveFunctions.Core.RateLimiting;

/// <summary>Counters of one <see cref="RateLimiter"/> (this process only), for benchmarks and tests. Thread-safe.</summary>
public sealed class RateLimitStatistics
{
    private long _roundTrips;
    private long _writes;
    private long _conflicts;
    private long _granted;
    private long _penalties;
    private long _late;

    /// <summary>Storage requests made (reads, writes, clock probes, listings).</summary>
    public long StorageRoundTrips => Interlocked.Read(ref _roundTrips);

    /// <summary>Conditional writes that succeeded (each one reserves a batch or records a penalty).</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Conditional writes that lost to another writer.</summary>
    public long Conflicts => Interlocked.Read(ref _conflicts);

    /// <summary>Slots granted to callers of this process.</summary>
    public long Granted => Interlocked.Read(ref _granted);

    /// <summary>Throttling answers this process reported.</summary>
    public long Penalties => Interlocked.Read(ref _penalties);

    /// <summary>Slots given up because their caller was released too late (and took a new one).</summary>
    public long LateReleases => Interlocked.Read(ref _late);

    internal void Late() => Interlocked.Increment(ref _late);

    internal void RoundTrip() => Interlocked.Increment(ref _roundTrips);

    internal void Wrote() => Interlocked.Increment(ref _writes);

    internal void Conflict() => Interlocked.Increment(ref _conflicts);

    internal void Grant(int count) => Interlocked.Add(ref _granted, count);

    internal void Penalty() => Interlocked.Increment(ref _penalties);
}
