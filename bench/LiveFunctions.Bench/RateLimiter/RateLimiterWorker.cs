using System.Globalization;
using System.Text.Json;

namespace LiveFunctions.Bench.RateLimiter;

/// <summary>
/// <c>rate-limiter-worker</c>: one OS process of the multi-process rate-limit test (EndToEnd tests). Usage:
/// <c>rate-limiter-worker &lt;emulatorUrl&gt; &lt;workers&gt; &lt;startUnixMs&gt; &lt;seconds&gt; [Setting=value ...]</c> with
/// <c>AzureWebJobsStorage</c> in the environment. Calibrates its limiter, waits for the common start instant, runs the
/// workers for the given seconds, then prints one line <c>RESULT {json}</c>.
/// </summary>
internal sealed class RateLimiterWorker : IBenchmark
{
    public string Name => "rate-limiter-worker";

    public string Description => "one process of the multi-process rate-limit test (used by the EndToEnd tests)";

    public async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 4)
        {
            Console.Error.WriteLine("usage: rate-limiter-worker <emulatorUrl> <workers> <startUnixMs> <seconds> [Setting=value ...]");
            return 2;
        }

        var storage = Environment.GetEnvironmentVariable("AzureWebJobsStorage")
            ?? throw new InvalidOperationException("Set AzureWebJobsStorage to the storage connection string.");
        var workers = int.Parse(args[1], CultureInfo.InvariantCulture);
        var start = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(args[2], CultureInfo.InvariantCulture));
        var seconds = double.Parse(args[3], CultureInfo.InvariantCulture);
        var settings = args[4..].Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => (string?)p[1]);

        await using var alibaba = RateLimitedAlibaba.Create(args[0], storage, settings);
        await alibaba.WarmUpAsync();
        var calibration = alibaba.Limiter.Clock.Uncertainty;
        var wait = start - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var (answers, elapsed) = await CallerRun.RunAsync(alibaba, workers, TimeSpan.FromSeconds(seconds));
        var statistics = alibaba.Limiter.Statistics;
        Console.WriteLine("RESULT " + JsonSerializer.Serialize(new
        {
            Answers = answers,
            ElapsedSeconds = elapsed.TotalSeconds,
            statistics.Granted,
            statistics.StorageRoundTrips,
            statistics.Conflicts,
            statistics.LateReleases,
            CalibrationUncertaintyMs = calibration.TotalMilliseconds,
        }));
        return 0;
    }
}
