using System.Diagnostics;

namespace LiveFunctions.Bench.RateLimiter;

/// <summary>N concurrent callers calling as fast as the limiter lets them until a deadline; what each answer was.</summary>
internal static class CallerRun
{
    /// <summary>Runs <paramref name="callers"/> loops until <paramref name="duration"/> has passed; returns the answers by code ("OK" for accepted).</summary>
    public static async Task<(Dictionary<string, long> Answers, TimeSpan Elapsed)> RunAsync(RateLimitedAlibaba alibaba, int callers, TimeSpan duration)
    {
        var answers = new Dictionary<string, long>(StringComparer.Ordinal);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                var code = await alibaba.CallAsync() ?? "OK";
                lock (answers)
                {
                    answers[code] = answers.GetValueOrDefault(code) + 1;
                }
            }
        })));
        return (answers, Stopwatch.GetElapsedTime(started));
    }
}
