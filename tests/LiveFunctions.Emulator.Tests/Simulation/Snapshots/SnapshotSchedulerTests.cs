using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Simulation.Snapshots;
using LiveFunctions.Emulator.Simulation.Streams;

namespace LiveFunctions.Emulator.Tests.Simulation.Snapshots;

/// <summary>The hosted scheduler on the fake clock: a JPG and a signed callback per TimeInterval while the stream is live.</summary>
public sealed class SnapshotSchedulerTests
{
    private const string Key = "abcdefgh12345678";

    [Fact]
    public async Task Scheduler_LiveStreamWithCallback_WritesAJpgAndPostsASignedCallbackEachInterval()
    {
        await using var server = await SimulationServer.StartAsync();
        await using var receiver = await CallbackReceiver.StartAsync(server.Clock);
        server.Configs.SetSnapshot(TestConfigs.Snapshot(receiver.Url.ToString(), interval: 5));
        server.Configs.SetSnapshotNotify("http://unused.example.com/notify", auth: true, Key);
        Publish(server, "cam1", SimulationHarness.DefaultNow, null);

        var first = await TickAsync(server, receiver, TimeSpan.FromSeconds(1));
        var quiet = await TickAsync(server, receiver, TimeSpan.FromSeconds(1));
        server.Clock.Advance(TimeSpan.FromSeconds(2));
        var second = await TickAsync(server, receiver, TimeSpan.FromSeconds(1)); // 12:00:05: the next slot

        Assert.NotNull(first);
        Assert.Null(quiet);
        Assert.NotNull(second);
        var body = JsonNode.Parse(first.Body)!.AsObject();
        Assert.Equal("live_snapshot", (string)body["event"]!);
        Assert.Equal(TestConfigs.Domain, (string)body["domain"]!);
        Assert.Equal(TestConfigs.App, (string)body["app"]!);
        Assert.Equal("cam1", (string)body["stream"]!);
        Assert.Equal(TestConfigs.Endpoint, (string)body["OssEndpoint"]!);
        Assert.Equal(TestConfigs.Bucket, (string)body["OssBucket"]!);
        var start = SimulationHarness.DefaultNow.ToUnixTimeSeconds();
        Assert.Equal($"snapshot/liveApp/cam1/{start}.jpg", (string)body["OssObject"]!);
        Assert.Equal(start, (long)body["time"]!);
        Assert.Equal(start + 5, (long)JsonNode.Parse(second.Body)!["time"]!);
        var timestamp = first.Headers["ALI-LIVE-TIMESTAMP"];
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes($"127.0.0.1|{timestamp}|{Key}"))), first.Headers["ALI-LIVE-SIGNATURE"]);

        using var jpg = await server.Http.GetAsync(new Uri($"/_emulator/oss/{TestConfigs.Bucket}/snapshot/liveApp/cam1/{start}.jpg", UriKind.Relative));
        Assert.Equal("image/jpeg", jpg.Content.Headers.ContentType?.MediaType);
        var bytes = await jpg.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xFF, 0xD8], bytes[..2]);
        Assert.Equal([0xFF, 0xD9], bytes[^2..]);
    }

    [Fact]
    public async Task Scheduler_DuplicateDeliveryOn_PostsTheSameCallbackTwice()
    {
        await using var server = await SimulationServer.StartAsync(settings: new Dictionary<string, string?> { ["Emulator:Simulation:DuplicateSnapshotCallbacks"] = "true" });
        await using var receiver = await CallbackReceiver.StartAsync(server.Clock);
        server.Configs.SetSnapshot(TestConfigs.Snapshot(receiver.Url.ToString()));
        Publish(server, "cam1", SimulationHarness.DefaultNow, null);

        var first = await TickAsync(server, receiver, TimeSpan.FromSeconds(1));
        Assert.True(receiver.TryTake(out var copy));

        Assert.NotNull(first);
        Assert.Equal(first.Body, copy!.Body);
        Assert.False(receiver.TryTake(out _));
    }

    [Fact]
    public async Task Scheduler_PastSessionOrNoConfig_TakesNoSnapshot()
    {
        await using var server = await SimulationServer.StartAsync();
        await using var receiver = await CallbackReceiver.StartAsync(server.Clock);
        server.Configs.SetSnapshot(TestConfigs.Snapshot(receiver.Url.ToString()));
        Publish(server, "ended", SimulationHarness.DefaultNow.AddHours(-2), SimulationHarness.DefaultNow.AddHours(-1));
        Publish(server, "other-app", SimulationHarness.DefaultNow, null, app: "noSnapshots");

        var received = await TickAsync(server, receiver, TimeSpan.FromSeconds(1));

        Assert.Null(received);
        Assert.Empty(server.Get<SnapshotStore>().ForStream(TestConfigs.Domain, TestConfigs.App, "ended"));
    }

    [Fact]
    public async Task Scheduler_SnapshotsTaken_AreListedByDescribeLiveStreamSnapshotInfo()
    {
        await using var server = await SimulationServer.StartAsync();
        server.Configs.SetSnapshot(TestConfigs.Snapshot(callback: null, interval: 5));
        Publish(server, "cam1", SimulationHarness.DefaultNow, null);
        for (var i = 0; i < 3; i++)
        {
            server.Clock.Advance(TimeSpan.FromSeconds(5));
        }

        var result = server.Live("DescribeLiveStreamSnapshotInfo",
            ("DomainName", TestConfigs.Domain), ("AppName", TestConfigs.App), ("StreamName", "cam1"),
            ("StartTime", "2026-03-10T12:00:00Z"), ("EndTime", "2026-03-10T13:00:00Z"), ("Limit", "2"));

        Assert.Null(result.Error);
        var items = result.Body!["LiveStreamSnapshotInfoList"]!["LiveStreamSnapshotInfo"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.Equal("2026-03-10T12:00:05Z", (string)items[0]!["CreateTime"]!);
        Assert.Equal(SimulationHarness.DefaultNow.AddSeconds(5).ToUnixTimeMilliseconds(), (long)items[0]!["CreateTimestamp"]!);
        Assert.False((bool)items[0]!["IsOverlay"]!);
        Assert.Equal("2026-03-10T12:00:15Z", (string)result.Body!["NextStartTime"]!);
    }

    [Fact]
    public void Tick_AfterARestartInTheSameSlot_TakesNoSecondSnapshot()
    {
        using var before = new SimulationHarness();
        before.Configs.SetSnapshot(TestConfigs.Snapshot(callback: null, interval: 5));
        var session = before.Publish("cam1", SimulationHarness.DefaultNow, null);
        before.Get<SnapshotScheduler>().Tick();
        var saved = before.Get<IEnumerable<IPersistentState>>().ToDictionary(s => s.Name, s => s.Save().ToJsonString());

        using var after = new SimulationHarness();
        foreach (var state in after.Get<IEnumerable<IPersistentState>>())
        {
            state.Load(JsonNode.Parse(saved[state.Name])!);
        }

        after.Configs.SetSnapshot(TestConfigs.Snapshot(callback: null, interval: 5));
        after.Clock.Advance(TimeSpan.FromSeconds(2));
        after.Get<SnapshotScheduler>().Tick();
        Assert.Single(after.Get<SnapshotStore>().ForStream(TestConfigs.Domain, TestConfigs.App, session.StreamName));

        after.Clock.Advance(TimeSpan.FromSeconds(3));
        after.Get<SnapshotScheduler>().Tick();
        Assert.Equal(2, after.Get<SnapshotStore>().ForStream(TestConfigs.Domain, TestConfigs.App, session.StreamName).Count);
    }

    private static void Publish(SimulationServer server, string stream, DateTimeOffset start, DateTimeOffset? end, string app = TestConfigs.App) =>
        Assert.True(server.Get<StreamSessionStore>().TryAdd(new(Guid.NewGuid().ToString("N"), TestConfigs.Domain, app, stream, start, end), out _));

    // Advances the fake clock (the scheduler ticks), waits for the deliveries it started, returns what arrived.
    private static async Task<ReceivedCallback?> TickAsync(SimulationServer server, CallbackReceiver receiver, TimeSpan by)
    {
        server.Clock.Advance(by);
        await server.Get<SnapshotScheduler>().WhenDeliveredAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return receiver.TryTake(out var callback) ? callback : null;
    }
}
