using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.RateLimiting;
using LiveFunctions.Core.RateLimiting.Entity;
using LiveFunctions.Core.RateLimiting.Limits;
using LiveFunctions.Core.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveFunctions.Core.Tests.RateLimiting;

/// <summary>Limiters for the Azurite tests: each its own storage client (as separate instances have), on one container.</summary>
internal static class RateLimitTestLimiters
{
    public static RateLimiter Create(string connectionString, RateLimitOptions options, TimeProvider? time = null) =>
        new(StorageTestClients.ForConnectionString(connectionString).Blobs, Microsoft.Extensions.Options.Options.Create(options), time ?? TimeProvider.System, NullLogger<RateLimiter>.Instance);

    public static RateLimitOptions Options(string container, string action, string limit, Action<RateLimitOptions>? change = null)
    {
        var options = new RateLimitOptions { Container = container, Overrides = new() { [action] = limit } };
        change?.Invoke(options);
        return options;
    }

    public static RateLimitKey Key(string action) => new("testid", AlibabaProduct.Live, action);

    /// <summary>The most instants of <paramref name="times"/> inside any window [t, t + window).</summary>
    public static int MostInAnyWindow(IEnumerable<DateTimeOffset> times, TimeSpan window)
    {
        var sorted = times.OrderBy(t => t).ToArray();
        var most = 0;
        var start = 0;
        for (var end = 0; end < sorted.Length; end++)
        {
            while (sorted[end] - sorted[start] >= window)
            {
                start++;
            }

            most = Math.Max(most, end - start + 1);
        }

        return most;
    }
}

/// <summary>The system clock with its wall time shifted (a machine whose clock is off), monotonic time unchanged.</summary>
internal sealed class SkewedTimeProvider(TimeSpan skew) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + skew;
}
