namespace LiveFunctions.Core.RateLimiting.Limits;

/// <summary>
/// How one key is paced (GCRA): one slot per <see cref="Interval"/>, and up to <see cref="Burst"/> slots at once after
/// an idle time. Interval = (period + timing guard) / (count × safety margin); the burst is the part of the limit the
/// safety margin leaves free, so that burst plus paced calls never exceed the count in any window.
/// </summary>
/// <param name="Limit">The limit paced.</param>
/// <param name="Interval">The emission interval T.</param>
/// <param name="Burst">Slots grantable at the same instant (at least 1).</param>
public sealed record Pacing(RateLimit Limit, TimeSpan Interval, int Burst)
{
    /// <summary>The burst tolerance τ of GCRA: (burst − 1) × T.</summary>
    public TimeSpan Tolerance => Interval * (Burst - 1);

    /// <summary>The paced rate, calls per second.</summary>
    public double PerSecond => 1 / Interval.TotalSeconds;

    /// <summary>The pacing of <paramref name="limit"/> under <paramref name="options"/>.</summary>
    public static Pacing For(RateLimit limit, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var interval = (limit.Period + options.TimingGuard) / (limit.Count * options.SafetyMargin);
        var burst = Math.Max(1, (int)Math.Floor(limit.Count * (1 - options.SafetyMargin) + 1e-9));
        return new Pacing(limit, interval, burst);
    }

    /// <summary>The same limit slowed by <paramref name="factor"/> (a throttling penalty): a longer interval and no burst.</summary>
    public Pacing Penalized(double factor) => this with { Interval = Interval / factor, Burst = 1 };
}
