using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LiveFunctions.Core.Callbacks.Intake;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Storage;
using LiveFunctions.EndToEnd.Tests.Support;
using LiveFunctions.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace LiveFunctions.EndToEnd.Tests.Callbacks;

/// <summary>
/// The emulator's signed snapshot callbacks for a live stream, through the app (standalone: intake, queue listener,
/// processor) on Azurite, to test subscriber webhooks. The app instance of each test has its own Azurite: the pack's
/// default app runs the same processor on the pack's storage and would take the messages of this test's queue.
/// </summary>
[Collection(PackCollection.Name)]
public sealed class SnapshotCallbacksEndToEndTests(PackFixture pack) : IAsyncLifetime
{
    private const string Domain = "example.com";
    private const string App = "liveApp";
    private const string AuthKey = "e2eNotifyKey0123456789";
    private readonly string _stream = "stream" + Guid.NewGuid().ToString("N")[..8];
    private AzuriteInstance? _storage;

    private AzuriteInstance Storage => _storage!;

    public async Task InitializeAsync()
    {
        await pack.ResetAsync();
        _storage = await AzuriteInstance.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }

    [Fact]
    public async Task Callbacks_RetriedAndDuplicatedByTheEmulator_ReachTheSubscriberExactlyOnceEachAndShowInTheRoutes()
    {
        await using var crm = new TestSubscriber("crm", "crm-subscriber-secret-1");
        await using var app = await StartAppAsync(maxDequeueCount: 5, crm);
        await using var proxy = new FlakyProxy(app.BaseAddress);
        var started = await GoLiveAsync(proxy.Url, crm);

        proxy.FailuresLeft = 2; // The first snapshot reaches the app three times: two answers are "lost".
        var retried = await FireAsync(duplicate: false);
        var duplicated = await FireAsync(duplicate: true);
        // The callback's time has whole seconds (and Live takes a stream's snapshots at least 5 s apart), so the last
        // snapshot is taken in a later second for "latest" to be well defined.
        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        var plain = await FireAsync(duplicate: false);

        Assert.Equal(3, Attempts(retried));
        Assert.Equal(2, duplicated.GetProperty("Deliveries").GetArrayLength());
        Assert.All(new[] { retried, duplicated, plain }, f => Assert.True(f.GetProperty("Signed").GetBoolean()));
        var snapshots = await SnapshotsAsync(started);
        Assert.True(proxy.Forwarded > snapshots.Count, "the app received more callbacks than there are snapshots");
        await WaitAsync(() => crm.Accepted.Select(r => r.OssObject).ToHashSet().SetEquals(snapshots), "every snapshot delivered to crm");
        await Task.Delay(TimeSpan.FromSeconds(2)); // Room for a late second delivery, which must not come.

        Assert.Equal(snapshots.Order(StringComparer.Ordinal), crm.Received.Select(r => r.OssObject).Order(StringComparer.Ordinal));
        Assert.Equal(crm.Received.Count, crm.Received.Select(r => r.DedupeKey).Distinct().Count());
        Assert.All(crm.Received, r => Assert.True(r.SignatureValid && r.Authenticated));

        var (_, latest) = await GetAsync(app, $"/api/domains/{Domain}/apps/{App}/streams/{_stream}/snapshots/latest");
        Assert.Equal(plain.GetProperty("Snapshot").GetProperty("OssObject").GetString(), latest.GetProperty("Snapshot").GetProperty("OssObject").GetString());
        var (status, history) = await GetAsync(
            app, $"/api/domains/{Domain}/apps/{App}/streams/{_stream}/snapshots?from={AppCalls.Wire(started.AddMinutes(-5))}&to={AppCalls.Wire(DateTimeOffset.UtcNow.AddMinutes(1))}");
        Assert.Equal(HttpStatusCode.OK, status);
        var recorded = history.GetProperty("Snapshots").EnumerateArray().Select(s => s.GetProperty("Snapshot").GetProperty("OssObject").GetString()!).ToList();
        Assert.Equal(snapshots.Order(StringComparer.Ordinal), recorded.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FailingSubscriber_EndsInThePoisonQueue_AndReplayDeliversItOnceWithoutRepeatingTheOthers()
    {
        await using var crm = new TestSubscriber("crm", "crm-subscriber-secret-1");
        await using var ops = new TestSubscriber("ops", "ops-subscriber-secret-1") { Status = HttpStatusCode.ServiceUnavailable };
        await using var app = await StartAppAsync(maxDequeueCount: 2, crm, ops);
        var started = await GoLiveAsync(new Uri(app.BaseAddress, "/api/callbacks/snapshot"), crm);
        await FireAsync(duplicate: false);
        var snapshots = await SnapshotsAsync(started);
        var queues = app.Services.GetRequiredService<StorageQueues>();

        await WaitAsync(
            async () => await queues.GetApproximateCountAsync(SnapshotCallbackIntake.PoisonQueueName) == snapshots.Count,
            "every snapshot's message in snapshot-callbacks-poison");
        Assert.True(crm.Accepted.Select(r => r.OssObject).ToHashSet().SetEquals(snapshots));
        Assert.Empty(ops.Accepted);
        Assert.True(ops.Received.Count >= 2 * snapshots.Count, "ops was tried on every attempt");

        ops.Status = HttpStatusCode.OK; // The cause is fixed.
        using var replay = await app.Client.PostAsync(new Uri("/api/callbacks/snapshot/replay-poison", UriKind.Relative), null);
        using var replayed = JsonDocument.Parse(await replay.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(snapshots.Count, replayed.RootElement.GetProperty("Replayed").GetInt32());
        await WaitAsync(() => ops.Accepted.Select(r => r.OssObject).ToHashSet().SetEquals(snapshots), "every snapshot delivered to ops after the replay");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(snapshots.Count, ops.Accepted.Count);
        Assert.Equal(snapshots.Count, crm.Received.Count);
        Assert.Equal(0, await queues.GetApproximateCountAsync(SnapshotCallbackIntake.PoisonQueueName));
    }

    /// <summary>An app with these subscribers on this test's Azurite, its queue retries fast, signed callbacks required.</summary>
    private Task<PackApp> StartAppAsync(int maxDequeueCount, params TestSubscriber[] subscribers)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = Storage.ConnectionString,
            ["SnapshotCallbacks:AuthKey"] = AuthKey,
            ["SnapshotCallbacks:RequireAuthKey"] = "true",
            ["SnapshotCallbacks:DeliveryAttempts"] = "1",
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:01",
            ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.2",
            ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = maxDequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < subscribers.Length; i++)
        {
            foreach (var (key, value) in subscribers[i].Settings(i))
            {
                settings[key] = value;
            }
        }

        return pack.StartAppAsync(settings);
    }

    /// <summary>
    /// Configures snapshots with callbacks to <paramref name="callback"/>, signed with the key (NotifyReqAuth), publishes a
    /// live session and waits until the snapshot the emulator takes when it first sees it has reached
    /// <paramref name="first"/> (so its callback is over before the test's own). Returns the session start.
    /// </summary>
    private async Task<DateTimeOffset> GoLiveAsync(Uri callback, TestSubscriber first)
    {
        await pack.Alibaba.CallAsync(
            AlibabaProduct.Live, "AddLiveAppSnapshotConfig",
            ("DomainName", Domain), ("AppName", App), ("TimeInterval", "3600"), ("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"),
            ("OssBucket", "live-bucket"), ("SequenceOssObject", "snapshot/{AppName}/{StreamName}/{Sequence}.jpg"), ("Callback", callback.ToString()));
        await pack.Alibaba.CallAsync(
            AlibabaProduct.Live, "AddLiveSnapshotNotifyConfig",
            ("DomainName", Domain), ("NotifyUrl", callback.ToString()), ("NotifyReqAuth", "yes"), ("NotifyAuthKey", AuthKey));
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        await pack.Emulator.PublishStreamAsync(Domain, App, _stream, start, null);
        await WaitAsync(async () => (await SnapshotsAsync(start)).Count == 1, "the emulator's first scheduled snapshot of the live stream");
        await WaitAsync(() => first.Accepted.Count == 1, "the first scheduled snapshot delivered");
        return start;
    }

    /// <summary><c>POST /_emulator/snapshot-callbacks</c>: one snapshot now, its callback delivered (retries included) before it answers.</summary>
    private async Task<JsonElement> FireAsync(bool duplicate)
    {
        using var http = new HttpClient { BaseAddress = pack.Emulator.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsJsonAsync(
            new Uri("/_emulator/snapshot-callbacks", UriKind.Relative), new { DomainName = Domain, AppName = App, StreamName = _stream, Duplicate = duplicate });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var document = JsonDocument.Parse(text);
        var answer = document.RootElement.Clone();
        Assert.All(answer.GetProperty("Deliveries").EnumerateArray(), d => Assert.True(d.GetProperty("Delivered").GetBoolean(), text));
        return answer;
    }

    private static int Attempts(JsonElement fired) => fired.GetProperty("Deliveries")[0].GetProperty("Attempts").GetArrayLength();

    /// <summary>The OSS objects of every snapshot the emulator took of the stream since <paramref name="start"/>.</summary>
    private async Task<HashSet<string>> SnapshotsAsync(DateTimeOffset start)
    {
        var answer = await pack.Alibaba.CallAsync(
            AlibabaProduct.Live, "DescribeLiveStreamSnapshotInfo",
            ("DomainName", Domain), ("AppName", App), ("StreamName", _stream),
            ("StartTime", AppCalls.Wire(start.AddMinutes(-1))), ("EndTime", AppCalls.Wire(DateTimeOffset.UtcNow.AddMinutes(1))), ("Limit", "100"));
        return answer.GetProperty("LiveStreamSnapshotInfoList").GetProperty("LiveStreamSnapshotInfo").EnumerateArray()
            .Select(s => s.GetProperty("OssObject").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(PackApp app, string path)
    {
        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    private static Task WaitAsync(Func<bool> condition, string what) => WaitAsync(() => Task.FromResult(condition()), what);

    private static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for: " + what);
            await Task.Delay(100);
        }
    }
}
