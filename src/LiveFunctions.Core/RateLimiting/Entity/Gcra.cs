using LiveFunctions.Core.RateLimiting.Limits;

namespace LiveFunctions.Core.RateLimiting.Entity;

/// <summary>
/// The generic cell rate algorithm on a <see cref="RateLimitState"/>: a slot for a call arriving at t is
/// max(t, TAT − τ), and each slot moves TAT to max(TAT, slot) + T. Reserving n slots is n such steps in one state
/// change, so one conditional write. Pure functions; the caller writes the result.
/// </summary>
internal static class Gcra
{
    /// <summary>The length of one bucket of the recent grant rate.</summary>
    public static readonly TimeSpan RecentBucket = TimeSpan.FromSeconds(10);

    /// <summary>A fresh entity for <paramref name="key"/>: idle, nothing granted.</summary>
    public static RateLimitState New(RateLimitKey key, DateTimeOffset now) => new()
    {
        AccessKeyId = key.AccessKeyId,
        Product = key.Product.ToString(),
        Action = key.Action,
        TheoreticalArrival = now,
        RecentStart = BucketStart(now),
        UpdatedAt = now,
    };

    /// <summary>Reserves <paramref name="count"/> consecutive slots at <paramref name="now"/>; returns the new state and the slots in order.</summary>
    public static (RateLimitState Next, DateTimeOffset[] Slots) Reserve(
        RateLimitState state, DateTimeOffset now, int count, Pacing pacing, double penaltyFactor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var slots = new DateTimeOffset[count];
        var tat = state.TheoreticalArrival;
        for (var i = 0; i < count; i++)
        {
            var current = PacingAt(state, pacing, Max(now, tat), penaltyFactor);
            var slot = Max(now, tat - current.Tolerance);
            tat = Max(tat, slot) + current.Interval;
            slots[i] = slot;
        }

        var rolled = Roll(state, now);
        var next = rolled with
        {
            TheoreticalArrival = tat,
            Granted = state.Granted + count,
            RecentGrants = rolled.RecentGrants + count,
            Limit = pacing.Limit.ToString(),
            UpdatedAt = now,
        };
        return (next, slots);
    }

    /// <summary>Records a <c>Throttling*</c> answer: the rate is lowered until now + duration, and no burst is left.</summary>
    public static RateLimitState Penalize(RateLimitState state, DateTimeOffset now, TimeSpan duration, string code) => state with
    {
        TheoreticalArrival = Max(state.TheoreticalArrival, now),
        PenaltyUntil = now + duration,
        ThrottleCount = state.ThrottleCount + 1,
        LastThrottleCode = code,
        LastThrottledAt = now,
        UpdatedAt = now,
    };

    /// <summary>The pacing in force at <paramref name="at"/>: penalized while a penalty lasts.</summary>
    public static Pacing PacingAt(RateLimitState state, Pacing pacing, DateTimeOffset at, double penaltyFactor) =>
        state.PenaltyUntil is { } until && at < until ? pacing.Penalized(penaltyFactor) : pacing;

    /// <summary>Slots granted per second over the last 10-20 s (the current and the previous bucket).</summary>
    public static double RecentRate(RateLimitState state, DateTimeOffset now)
    {
        var rolled = Roll(state, now);
        var span = RecentBucket + (now - rolled.RecentStart);
        return span <= TimeSpan.Zero ? 0 : (rolled.PreviousGrants + rolled.RecentGrants) / span.TotalSeconds;
    }

    private static RateLimitState Roll(RateLimitState state, DateTimeOffset now)
    {
        var start = BucketStart(now);
        if (start <= state.RecentStart)
        {
            return state;
        }

        var previous = start - state.RecentStart == RecentBucket ? state.RecentGrants : 0;
        return state with { RecentStart = start, PreviousGrants = previous, RecentGrants = 0 };
    }

    private static DateTimeOffset BucketStart(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % RecentBucket.Ticks), TimeSpan.Zero);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
