using System.Globalization;
using LiveFunctions.Emulator;
using LiveFunctions.Testing;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.Bench.RateLimiter;

/// <summary>
/// <c>rate-limiter</c>: 1, 4 and 16 concurrent callers of one process calling <c>UpdateLiveAppSnapshotConfig</c>
/// (30/s) through the real client, handler and limiter, on Azurite, against the emulator with its QPS limits on. Prints
/// per run the achieved rate ÷ the documented limit, the emulator's throttled count, and storage round trips per granted
/// call, for the deployed safety margin (0.9) and for 1.0.
/// </summary>
internal sealed class RateLimiterBenchmark : IBenchmark
{
    private const double Limit = 30;
    private static readonly int[] Concurrencies = [1, 4, 16];
    private static readonly double[] Margins = [0.9, 1.0];

    public string Name => "rate-limiter";

    public string Description => "achieved rate / limit, throttled calls, storage round trips per call at 1, 4, 16 callers (Azurite, emulator)";

    public async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        Console.WriteLine($"rate-limiter: {RateLimitedAlibaba.Action} (limit {Limit}/s), {seconds} s per run; starting Azurite and the emulator...");
        await using var azurite = await AzuriteInstance.StartAsync();
        var emulatorUrl = $"http://127.0.0.1:{FreePort.Next()}";
        await using var emulator = EmulatorHost.Build(["--urls", emulatorUrl, "--Logging:LogLevel:Default=Warning"]);
        await emulator.StartAsync();
        using var emulatorHttp = new HttpClient { BaseAddress = new Uri(emulatorUrl) };

        Console.WriteLine();
        Console.WriteLine("margin  callers  accepted  achieved/s  achieved÷limit  throttled  granted  storage-trips/call  conflicts  clock ±ms");
        foreach (var margin in Margins)
        {
            foreach (var callers in Concurrencies)
            {
                await EmulatorThrottling.ResetAsync(emulatorHttp);
                await using var alibaba = RateLimitedAlibaba.Create(emulatorUrl, azurite.ConnectionString, new Dictionary<string, string?>
                {
                    ["RateLimits:SafetyMargin"] = margin.ToString(CultureInfo.InvariantCulture),
                    ["RateLimits:Container"] = $"bench-{Guid.NewGuid():N}",
                });
                await alibaba.WarmUpAsync();
                var tripsBefore = alibaba.Limiter.Statistics.StorageRoundTrips;
                var (_, elapsed) = await CallerRun.RunAsync(alibaba, callers, TimeSpan.FromSeconds(seconds));
                var (accepted, throttled) = await EmulatorThrottling.CountsAsync(emulatorHttp, RateLimitedAlibaba.Action);
                var statistics = alibaba.Limiter.Statistics;
                var rate = accepted / elapsed.TotalSeconds;
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{margin,6:F2}  {callers,7}  {accepted,8}  {rate,10:F2}  {rate / Limit,14:F3}  {throttled,9}  {statistics.Granted,7}  {(statistics.StorageRoundTrips - tripsBefore) / (double)Math.Max(1, statistics.Granted),18:F3}  {statistics.Conflicts,9}  {alibaba.Limiter.Clock.Uncertainty.TotalMilliseconds / 2,9:F1}"));
            }
        }

        Console.WriteLine();
        Console.WriteLine(
            $"paced rate = limit × margin / (1 s + TimingGuard 50 ms): {Limit * 0.9 / 1.05:F2}/s at 0.9, {Limit / 1.05:F2}/s at 1.0; {Environment.ProcessorCount} CPUs");
        return 0;
    }
}
