using System.Globalization;

namespace LiveFunctions.Core.RateLimiting.Limits;

/// <summary>A documented QPS limit: at most <see cref="Count"/> calls in any window of <see cref="Period"/> (1 s or 1 min).</summary>
/// <param name="Count">Calls allowed per period (at least 1).</param>
/// <param name="Period">One second or one minute.</param>
public readonly record struct RateLimit(int Count, TimeSpan Period)
{
    /// <summary>The limit in calls per second.</summary>
    public double PerSecond => Count / Period.TotalSeconds;

    /// <summary>Writes the limit as configured: <c>30/s</c>, <c>1000/min</c>.</summary>
    public override string ToString() =>
        Count.ToString(CultureInfo.InvariantCulture) + (Period == TimeSpan.FromMinutes(1) ? "/min" : "/s");

    /// <summary><c>N/s</c> or <c>N/min</c> with N ≥ 1; false for anything else.</summary>
    public static bool TryParse(string? text, out RateLimit limit)
    {
        limit = default;
        var value = text?.Trim() ?? "";
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 ||
            !int.TryParse(value.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ||
            count < 1)
        {
            return false;
        }

        TimeSpan? period = value[(slash + 1)..] switch
        {
            "s" => TimeSpan.FromSeconds(1),
            "min" => TimeSpan.FromMinutes(1),
            _ => null,
        };
        if (period is null)
        {
            return false;
        }

        limit = new RateLimit(count, period.Value);
        return true;
    }

    /// <summary>As <see cref="TryParse"/>, throwing <see cref="FormatException"/> for a text that is not a limit.</summary>
    public static RateLimit Parse(string text) =>
        TryParse(text, out var limit) ? limit : throw new FormatException($"'{text}' is not a rate limit: use N/s or N/min, N ≥ 1.");
}
