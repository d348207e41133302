using System.Net.Http.Json;
using System.Text.Json;

namespace LiveFunctions.Bench.RateLimiter;

/// <summary>The emulator's QPS counters (<c>GET /_emulator/throttling</c>) and reset.</summary>
internal static class EmulatorThrottling
{
    /// <summary>(accepted, throttled) calls of <paramref name="action"/> since the last reset.</summary>
    public static async Task<(long Accepted, long Throttled)> CountsAsync(HttpClient emulator, string action)
    {
        using var body = await emulator.GetFromJsonAsync<JsonDocument>(new Uri("/_emulator/throttling", UriKind.Relative))
            ?? throw new InvalidOperationException("The emulator answered no throttling counters.");
        foreach (var entry in body.RootElement.GetProperty("Actions").EnumerateArray())
        {
            if (entry.GetProperty("Action").GetString() == action)
            {
                return (entry.GetProperty("Accepted").GetInt64(), entry.GetProperty("Throttled").GetInt64());
            }
        }

        return (0, 0);
    }

    /// <summary>Clears the emulator's state, QPS windows and counters.</summary>
    public static async Task ResetAsync(HttpClient emulator)
    {
        using var response = await emulator.PostAsync(new Uri("/_emulator/reset", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }
}
