namespace LiveFunctions.Core.RateLimiting.Limits;

/// <summary>The settings of the durable rate limiter (section <c>RateLimits</c>, docs/rate-limiting.md).</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "RateLimits";

    /// <summary>The share of each limit the calls are paced at, in (0, 1].</summary>
    public double SafetyMargin { get; set; } = 0.9;

    /// <summary>The limit of an action without a documented one: <c>N/s</c> or <c>N/min</c>.</summary>
    public string Default { get; set; } = "10/s";

    /// <summary>Action → limit (<c>N/s</c> or <c>N/min</c>), replacing the documented one.</summary>
    public Dictionary<string, string> Overrides { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The blob container of the entities.</summary>
    public string Container { get; set; } = "livefunctions-ratelimits";

    /// <summary>The most slots one conditional write reserves for the callers queued in one process.</summary>
    public int MaxBatch { get; set; } = 16;

    /// <summary>
    /// Added to each limit's period when pacing: N calls are spread over period + guard, so jitter of the calls on the
    /// way to the service (and the remaining clock uncertainty) up to the guard cannot put N + 1 calls in one window.
    /// </summary>
    public TimeSpan TimingGuard { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>After a <c>Throttling*</c> answer the key's rate is multiplied by this, in (0, 1).</summary>
    public double PenaltyFactor { get; set; } = 0.5;

    /// <summary>How long a penalty lasts.</summary>
    public TimeSpan PenaltyDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Conditional writes tried after ETag conflicts before giving up with <see cref="Entity.RateLimitConflictException"/>.</summary>
    public int MaxConflictRetries { get; set; } = 10;
}
