using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFunctions.Bench.SnapshotIntake;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.AddLiveAppRecordConfig;
using LiveFunctions.Core.Scheduling;
using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Core.Storage;
using LiveFunctions.Core.Storage.Connection;
using LiveFunctions.Core.Storage.Http;
using LiveFunctions.Emulator;
using LiveFunctions.Testing;
using LiveFunctions.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Bench.IndexFiles;

/// <summary>
/// <c>index-files</c>: 1,000 streams published in one hour in the emulator (QPS limits on: CreateLiveStreamRecordIndexFiles
/// allows 45/s), one work item each put on <c>index-work</c> as the hourly planner does, and the app (its own process,
/// Release, standalone) running <c>index-executor</c> from its queue listener. The items are queued before the app starts;
/// work time runs to the last outcome recorded, from the app's start (it answers GET /) and from its rate limiter's
/// readiness (clock calibrated, once per process); both are compared with the ideal 1000 / 45 s (target ratio ≤ 1.2),
/// and the emulator's count of throttled index calls is printed (target 0). The app's settings come from the
/// environment too (e.g. <c>RateLimits__SafetyMargin=0.95</c>); the pacing in force is 45 × margin / 1.05 calls/s.
/// Options: <c>[streams] [batchSize] [newBatchThreshold] [limits|nolimits]</c> (defaults 1000, 32, 32, limits: the
/// queue listener's parallelism; <c>nolimits</c> turns the emulator's QPS limits off, to see what the pipeline itself
/// can do — not the target run).
/// </summary>
internal sealed class IndexFilesBenchmark : IBenchmark
{
    private const string Domain = "bench.example.com";
    private const string AppName = "liveApp";
    private const string Bucket = "bench-records";
    private const double LimitPerSecond = 45;

    public string Name => "index-files";

    public string Description => "index-executor work time for N streams in one hour vs the ideal N/45 s, and the throttled count (emulator, limits on)";

    public async Task<int> RunAsync(string[] args)
    {
        var streams = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var batchSize = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
        var threshold = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : batchSize;
        var limits = args.Length <= 3 || !string.Equals(args[3], "nolimits", StringComparison.OrdinalIgnoreCase);
        Console.WriteLine($"index-files: {streams} streams, queue batchSize {batchSize}, newBatchThreshold {threshold}, emulator QPS limits {(limits ? "on" : "OFF")}; starting Azurite, the emulator and the app...");

        await using var azurite = await AzuriteInstance.StartAsync();
        var emulatorUrl = $"http://127.0.0.1:{FreePort.Next()}";
        await using var emulator = EmulatorHost.Build(["--urls", emulatorUrl, "--Logging:LogLevel:Default=Error", $"--Emulator:QpsLimits:Enabled={limits}"]);
        await emulator.StartAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var hour = IndexHourPlanner.LatestPlannableHour(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(2));
        await SeedAsync(http, new Uri(emulatorUrl), streams, hour);

        // The work items are on the queue before the app starts, as an hourly run leaves them.
        var connection = StorageConnectionParser.Parse(new StorageOptions { ConnectionString = azurite.ConnectionString });
        var storage = StorageClientFactory.CreateHttp(connection, TimeProvider.System, NullLoggerFactory.Instance);
        var queues = StorageClientFactory.CreateQueues(connection, storage);
        var blobs = StorageClientFactory.CreateBlobs(connection, storage);
        await queues.CreateIfNotExistsAsync("index-work");
        var items = Enumerable.Range(0, streams).Select(i => IndexWorkItem.For(Domain, AppName, StreamName(i), hour).ToJson()).ToList();
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (text, ct) => await queues.SendAsync("index-work", text, cancellationToken: ct));
        var before = await ThrottlingAsync(http, new Uri(emulatorUrl));

        await using var app = await StandaloneApp.StartAsync(new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Alibaba__AccessKeyId"] = "testid",
            ["Alibaba__AccessKeySecret"] = "testsecret",
            ["Alibaba__LiveEndpoint"] = emulatorUrl,
            ["Alibaba__IceEndpoint"] = emulatorUrl,
            ["IndexFiles__OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
            ["IndexFiles__OssBucket"] = Bucket,
            ["AzureFunctionsJobHost__extensions__queues__batchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
            ["AzureFunctionsJobHost__extensions__queues__newBatchThreshold"] = threshold.ToString(CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Error",
        });

        // From the moment the app answers GET / (its queue listener starts with it, so this may miss the first few
        // hundred milliseconds of work, never add to it).
        var started = Stopwatch.GetTimestamp();

        // The rate limiter of a new instance first calibrates its clock against storage's (a few seconds, once per
        // process, begun when the app starts); no call goes out before. Work time is reported from the app's start and
        // from the limiter's readiness (the steady state of an instance that has run before).
        TimeSpan? ready = null;
        while (ready is null && Stopwatch.GetElapsedTime(started) < TimeSpan.FromMinutes(1))
        {
            if (await LimiterReadyAsync(http, app.BaseAddress))
            {
                ready = Stopwatch.GetElapsedTime(started);
            }
            else
            {
                await Task.Delay(50);
            }
        }
        var prefix = SchedulingStorageNames.IndexOutcomeHourPrefix(Domain, hour);
        var deadline = TimeSpan.FromMinutes(10);
        // While the calls go on, only the emulator's counter is read (cheap); listing up to 1,000 outcome blobs ten
        // times a second would load Azurite, on the same CPUs, as much as the work measured. Once every call is
        // accepted, the outcomes are listed until the last one is recorded.
        var done = 0;
        TimeSpan? firstCall = null;
        var allCalls = TimeSpan.Zero;
        while (Stopwatch.GetElapsedTime(started) < deadline)
        {
            var (accepted, _) = await ThrottlingAsync(http, new Uri(emulatorUrl));
            allCalls = Stopwatch.GetElapsedTime(started);
            firstCall ??= accepted > before.Accepted ? allCalls : null;
            if (accepted - before.Accepted >= streams)
            {
                break;
            }

            await Task.Delay(100);
        }

        while (Stopwatch.GetElapsedTime(started) < deadline)
        {
            done = (await ListOutcomesAsync(blobs, prefix)).Count;
            if (done >= streams)
            {
                break;
            }

            await Task.Delay(100);
        }

        var work = Stopwatch.GetElapsedTime(started);
        var after = await ThrottlingAsync(http, new Uri(emulatorUrl));
        var outcomes = await StatusesAsync(blobs, prefix);
        var ideal = streams / LimitPerSecond;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"work items queued      {streams} (before the app started)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outcomes recorded      {done} ({string.Join(", ", outcomes.Select(p => $"{p.Key} {p.Value}"))})"));
        var afterReady = work - (ready ?? TimeSpan.Zero);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"limiter ready          {ready?.TotalSeconds ?? double.NaN:F1} s after the app's start (clock calibration)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"work time              {work.TotalSeconds:F1} s from the app's start, {afterReady.TotalSeconds:F1} s from the limiter's readiness{(done < streams ? " (deadline reached, not finished)" : string.Empty)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ideal ({streams} / 45/s)    {ideal:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio                  {afterReady.TotalSeconds / ideal:F2} from readiness, {work.TotalSeconds / ideal:F2} from the app's start (target <= 1.2)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index calls            {after.Accepted - before.Accepted} accepted, {after.Throttled - before.Throttled} throttled (target 0)"));
        var span = allCalls - (firstCall ?? TimeSpan.Zero);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first index call       {firstCall?.TotalSeconds ?? 0:F1} s after the start (±0.1 s); all accepted {allCalls.TotalSeconds:F1} s: {streams / Math.Max(span.TotalSeconds, 0.001):F1} calls/s in between"));
        var granted = await GrantedAsync(http, app.BaseAddress);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"limiter slots granted  {granted} (late-released callers give theirs up and take another)"));
        Console.WriteLine($"{Environment.ProcessorCount} CPUs");
        return done >= streams ? 0 : 1;
    }

    private static string StreamName(int i) => "bench" + i.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>An m3u8 recording config (a signed AddLiveAppRecordConfig) and one 10-minute session per stream inside the hour.</summary>
    private static async Task SeedAsync(HttpClient http, Uri emulator, int streams, IndexHour hour)
    {
        var client = new AlibabaClient(
            http,
            Options.Create(new AlibabaOptions { AccessKeyId = "testid", AccessKeySecret = "testsecret", LiveEndpoint = emulator.ToString(), IceEndpoint = emulator.ToString() }),
            TimeProvider.System,
            NullLogger<AlibabaClient>.Instance);
        await client.AddLiveAppRecordConfigAsync(new AddLiveAppRecordConfigRequest
        {
            DomainName = Domain,
            AppName = AppName,
            OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
            OssBucket = Bucket,
            RecordFormat =
            [
                new AddRecordFormatItem
                {
                    Format = "m3u8", SliceDuration = 30,
                    OssObjectPrefix = "record/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}",
                    SliceOssObjectPrefix = "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}",
                },
            ],
        });

        await Parallel.ForEachAsync(Enumerable.Range(0, streams), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var start = hour.Start.AddSeconds(i % 3000);
            using var response = await http.PostAsJsonAsync(
                new Uri(emulator, "/_emulator/streams"),
                new { DomainName = Domain, AppName, StreamName = StreamName(i), StartTime = start, EndTime = start.AddMinutes(10) },
                ct);
            response.EnsureSuccessStatusCode();
        });
    }

    private static async Task<(long Accepted, long Throttled)> ThrottlingAsync(HttpClient http, Uri emulator)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(emulator, "/_emulator/throttling")));
        foreach (var action in document.RootElement.GetProperty("Actions").EnumerateArray())
        {
            if (action.GetProperty("Action").GetString() == "CreateLiveStreamRecordIndexFiles")
            {
                return (action.GetProperty("Accepted").GetInt64(), action.GetProperty("Throttled").GetInt64());
            }
        }

        return (0, 0);
    }

    /// <summary>Whether the app's rate limiter has calibrated its clock (<c>GET /api/rate-limits</c>, <c>ClockCalibrated</c>).</summary>
    private static async Task<bool> LimiterReadyAsync(HttpClient http, Uri app)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(app, "/api/rate-limits")));
        return document.RootElement.GetProperty("ClockCalibrated").GetBoolean();
    }

    /// <summary>The slots the app's rate limiter granted for the index calls (<c>GET /api/rate-limits</c>).</summary>
    private static async Task<long> GrantedAsync(HttpClient http, Uri app)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(app, "/api/rate-limits")));
        return document.RootElement.GetProperty("Keys").EnumerateArray()
            .Where(k => k.GetProperty("Action").GetString() == "CreateLiveStreamRecordIndexFiles")
            .Sum(k => k.GetProperty("Granted").GetInt64());
    }

    private static async Task<IReadOnlyList<BlobItem>> ListOutcomesAsync(StorageBlobs blobs, string prefix)
    {
        try
        {
            return await blobs.ListAsync(SchedulingStorageNames.Container, prefix);
        }
        catch (StorageRequestException)
        {
            return []; // The container does not exist until the first outcome.
        }
    }

    private static async Task<IReadOnlyDictionary<string, int>> StatusesAsync(StorageBlobs blobs, string prefix)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var blob in await ListOutcomesAsync(blobs, prefix))
        {
            var content = await blobs.GetAsync(SchedulingStorageNames.Container, blob.Name);
            var status = content is null ? "missing" : JsonDocument.Parse(content.Content).RootElement.GetProperty("Status").GetString() ?? "?";
            counts[status] = counts.GetValueOrDefault(status) + 1;
        }

        return counts;
    }
}
