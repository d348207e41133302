using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Intake;
using LiveFunctions.Core.Storage;
using LiveFunctions.Core.Storage.Connection;
using LiveFunctions.Core.Storage.Http;
using LiveFunctions.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveFunctions.Bench.SnapshotIntake;

/// <summary>
/// <c>snapshot-intake</c>: signed snapshot callbacks POSTed over real HTTP to the app running standalone (its own
/// process, Release) on Azurite, from 1, 16 and 64 concurrent senders. Prints throughput and p50/p99/max latency of the
/// intake's answer (authentication, parsing, and the queue write that happens before the 200). The app's own queue
/// listener runs the processor meanwhile (no subscribers configured), as a deployed app does, so the two share the CPUs
/// and Azurite.
/// </summary>
internal sealed class SnapshotIntakeBenchmark : IBenchmark
{
    private const string Key = "bench-auth-key-0123456789";
    private const string CallbackHost = "callbacks.bench.example";
    private static readonly int[] Concurrencies = [1, 16, 64];

    public string Name => "snapshot-intake";

    public string Description => "intake throughput and p50/p99 latency at 1, 16, 64 senders (app standalone, Azurite, real HTTP)";

    public async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        Console.WriteLine($"snapshot-intake: {seconds} s per concurrency level, after a warm-up; starting Azurite and the app...");
        await using var azurite = await AzuriteInstance.StartAsync();
        await using var app = await StandaloneApp.StartAsync(new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["SnapshotCallbacks__AuthKey"] = Key,
            ["SnapshotCallbacks__CallbackHost"] = CallbackHost,
            ["Logging__LogLevel__Default"] = "Warning",
        });

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = app.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var sequence = 0L;
        await RunAsync(client, 8, TimeSpan.FromSeconds(Math.Min(5, seconds)), () => Interlocked.Increment(ref sequence)); // warm-up

        Console.WriteLine();
        Console.WriteLine("senders  requests  errors  throughput/s   p50 ms   p99 ms   max ms");
        var sent = 0L;
        foreach (var senders in Concurrencies)
        {
            var run = await RunAsync(client, senders, TimeSpan.FromSeconds(seconds), () => Interlocked.Increment(ref sequence));
            sent += run.Latencies.Count;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{senders,7}  {run.Latencies.Count,8}  {run.Errors,6}  {run.Latencies.Count / run.Elapsed.TotalSeconds,12:F0}  {Percentile(run.Latencies, 0.50),7:F1}  {Percentile(run.Latencies, 0.99),7:F1}  {run.Latencies.Max(),7:F1}"));
        }

        var queued = await QueuedAsync(azurite.ConnectionString);
        Console.WriteLine();
        Console.WriteLine(
            $"{sent} callbacks answered 200 in the timed runs (plus the warm-up); {queued} still on {SnapshotCallbackIntake.QueueName} " +
            $"(the app's processor drains it meanwhile); {Environment.ProcessorCount} CPUs");
        return 0;
    }

    private static async Task<Run> RunAsync(HttpClient client, int senders, TimeSpan duration, Func<long> next)
    {
        var latencies = new List<double>[senders];
        var errors = 0;
        var stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async s =>
        {
            var own = latencies[s] = [];
            while (Stopwatch.GetTimestamp() < stop)
            {
                using var request = Callback(next());
                var begin = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                var elapsed = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    own.Add(elapsed);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        return new Run(latencies.SelectMany(l => l).ToList(), errors, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>A callback like Live's for snapshot number <paramref name="n"/> (a distinct snapshot each time).</summary>
    private static HttpRequestMessage Callback(long n)
    {
        var time = 1_772_359_190 + n;
        var body = string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"event":"live_snapshot","domain":"example.com","app":"liveApp","stream":"bench{{n % 50}}","OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"liveBucket","OssObject":"snapshot/liveApp/bench{{n % 50}}/{{time}}.jpg","time":{{time}}}""");
        var stamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/callbacks/snapshot") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(SnapshotCallbackHeaders.Timestamp, stamp);
        request.Headers.Add(SnapshotCallbackHeaders.Signature, CallbackSignature.Compute(CallbackHost, stamp, Key));
        return request;
    }

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        values.Sort();
        return values[Math.Clamp((int)Math.Ceiling(p * values.Count) - 1, 0, values.Count - 1)];
    }

    private static async Task<int?> QueuedAsync(string connectionString)
    {
        var connection = StorageConnectionParser.Parse(new StorageOptions { ConnectionString = connectionString });
        var http = StorageClientFactory.CreateHttp(connection, TimeProvider.System, NullLoggerFactory.Instance);
        return await StorageClientFactory.CreateQueues(connection, http).GetApproximateCountAsync(SnapshotCallbackIntake.QueueName);
    }

    private sealed record Run(List<double> Latencies, int Errors, TimeSpan Elapsed);
}
