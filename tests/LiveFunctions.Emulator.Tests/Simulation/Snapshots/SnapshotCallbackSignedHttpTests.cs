using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Simulation.Snapshots;

/// <summary>
/// A snapshot callback from the whole emulator: the snapshot config (Callback = a test listener) and the domain's
/// notify config (NotifyReqAuth=yes, NotifyAuthKey) set through signed calls, a live session published over HTTP, and
/// the emulator's clock advanced so that its scheduler takes the snapshot and posts the signed callback.
/// </summary>
public sealed class SnapshotCallbackSignedHttpTests : EmulatorTest
{
    private const string Domain = "example.com";
    private const string App = "liveApp";
    private const string Bucket = "live-bucket";
    private const string Key = "Abcdefgh12345678";

    [Fact]
    public async Task Scheduler_ConfiguredBySignedCalls_PostsACallbackSignedWithTheNotifyAuthKey()
    {
        await using var receiver = await CallbackReceiver.StartAsync(Emulator.Clock);

        var callback = await GoLiveAsync(receiver);

        Assert.Equal("POST", callback.Method);
        Assert.StartsWith("application/json", callback.ContentType, StringComparison.Ordinal);
        var timestamp = callback.Headers["ALI-LIVE-TIMESTAMP"];
        Assert.Equal(Emulator.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), timestamp);
        var expected = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes($"{receiver.Url.Host}|{timestamp}|{Key}")));
        Assert.Equal(expected, callback.Headers["ALI-LIVE-SIGNATURE"]);

        var body = JsonNode.Parse(callback.Body)!;
        var taken = RunningEmulator.DefaultStart.ToUnixTimeSeconds();
        Assert.Equal("live_snapshot", (string?)body["event"]);
        Assert.Equal(Domain, (string?)body["domain"]);
        Assert.Equal(App, (string?)body["app"]);
        Assert.Equal("cam1", (string?)body["stream"]);
        Assert.Equal(Bucket, (string?)body["OssBucket"]);
        Assert.Equal($"snapshot/{App}/cam1/{taken}.jpg", (string?)body["OssObject"]);
        Assert.Equal(taken, (long)body["time"]!);

        using var jpg = await Emulator.Http.GetAsync(new Uri($"/_emulator/oss/{Bucket}/snapshot/{App}/cam1/{taken}.jpg", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, jpg.StatusCode);
        Assert.Equal([0xFF, 0xD8], (await jpg.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task Scheduler_NextInterval_PostsTheNextSnapshotAndDescribeListsBoth()
    {
        await using var receiver = await CallbackReceiver.StartAsync(Emulator.Clock);
        var first = await GoLiveAsync(receiver);

        Emulator.Clock.Advance(TimeSpan.FromSeconds(4));
        var second = await receiver.NextAsync();

        var start = RunningEmulator.DefaultStart.ToUnixTimeSeconds();
        Assert.Equal(start, (long)JsonNode.Parse(first.Body)!["time"]!);
        Assert.Equal(start + 5, (long)JsonNode.Parse(second.Body)!["time"]!);
        var described = await Client.CallAsync("DescribeLiveStreamSnapshotInfo", Params(
            ("DomainName", Domain), ("AppName", App), ("StreamName", "cam1"),
            ("StartTime", "2026-03-02T10:00:00Z"), ("EndTime", "2026-03-02T11:00:00Z")));
        Assert.Equal(HttpStatusCode.OK, described.Status);
        var objects = described.Body["LiveStreamSnapshotInfoList"]!["LiveStreamSnapshotInfo"]!.AsArray().Select(i => (string?)i!["OssObject"]);
        Assert.Equal([$"snapshot/{App}/cam1/{start}.jpg", $"snapshot/{App}/cam1/{start + 5}.jpg"], objects);
    }

    // Configures snapshots with signed calls, publishes a live session of cam1 now and lets the scheduler tick once.
    private async Task<ReceivedCallback> GoLiveAsync(CallbackReceiver receiver)
    {
        await ConfigureAsync(receiver.Url);
        await Emulator.PublishAsync(Domain, App, "cam1", Emulator.Clock.GetUtcNow());
        Emulator.Clock.Advance(TimeSpan.FromSeconds(1));
        return await receiver.NextAsync();
    }

    private async Task ConfigureAsync(Uri callback)
    {
        var snapshot = await Client.CallAsync("AddLiveAppSnapshotConfig", Params(
            ("DomainName", Domain), ("AppName", App), ("TimeInterval", "5"), ("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"),
            ("OssBucket", Bucket), ("SequenceOssObject", "snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg"), ("Callback", callback.ToString())));
        Assert.Equal(HttpStatusCode.OK, snapshot.Status);
        var notify = await Client.CallAsync("AddLiveSnapshotNotifyConfig", Params(
            ("DomainName", Domain), ("NotifyUrl", "http://notify.example.com/snapshots"), ("NotifyReqAuth", "yes"), ("NotifyAuthKey", Key)));
        Assert.Equal(HttpStatusCode.OK, notify.Status);
    }
}
