using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.RateLimiting.Limits;

/// <summary>The limit of each action: the override in settings, else the documented one, else <c>RateLimits:Default</c>.</summary>
public sealed class RateLimitTable
{
    private readonly RateLimitOptions _options;
    private readonly RateLimit _default;
    private readonly Dictionary<string, RateLimit> _overrides;

    /// <summary>Builds the table from validated options.</summary>
    public RateLimitTable(IOptions<RateLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _default = RateLimit.Parse(_options.Default);
        _overrides = (_options.Overrides ?? []).ToDictionary(o => o.Key, o => RateLimit.Parse(o.Value), StringComparer.Ordinal);
    }

    /// <summary>The limit of <paramref name="action"/>.</summary>
    public RateLimit LimitOf(string action) =>
        _overrides.TryGetValue(action, out var limit) || DocumentedLimits.ByAction.TryGetValue(action, out limit) ? limit : _default;

    /// <summary>How <paramref name="action"/> is paced.</summary>
    public Pacing PacingOf(string action) => Pacing.For(LimitOf(action), _options);
}
