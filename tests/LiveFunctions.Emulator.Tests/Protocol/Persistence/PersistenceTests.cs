using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Protocol.Persistence;

/// <summary><c>Emulator:DataFolder</c>: state survives a restart.</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lf-emulator-" + Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> Settings => new() { ["Emulator:DataFolder"] = _folder };

    private static readonly Dictionary<string, string> Snapshot = new()
    {
        ["DomainName"] = "example.com",
        ["AppName"] = "app",
        ["TimeInterval"] = "10",
        ["OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
        ["OssBucket"] = "bucket",
        ["SequenceOssObject"] = "snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg",
    };

    [Fact]
    public async Task Restart_WithTheSameDataFolder_ConfigsSurvive()
    {
        await using (var first = await RunningEmulator.StartAsync(Settings))
        {
            Assert.Equal(HttpStatusCode.OK, (await first.Client.CallAsync("AddLiveAppSnapshotConfig", Snapshot)).Status);
            Assert.Equal(HttpStatusCode.OK, (await first.Client.CallAsync("AddLiveRecordVodConfig", new Dictionary<string, string>
            {
                ["DomainName"] = "example.com", ["AppName"] = "vod", ["VodTranscodeGroupId"] = "group",
            })).Status);
        }

        await using var second = await RunningEmulator.StartAsync(Settings);
        var snapshots = await second.Client.CallAsync("DescribeLiveSnapshotConfig", new Dictionary<string, string> { ["DomainName"] = "example.com" });
        var vods = await second.Client.CallAsync("DescribeLiveRecordVodConfigs", new Dictionary<string, string> { ["DomainName"] = "example.com" });

        var item = snapshots.Body["LiveStreamSnapshotConfigList"]!["LiveStreamSnapshotConfig"]!.AsArray().Single()!;
        Assert.Equal(10, (int)item["TimeInterval"]!);
        Assert.Equal("snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg", (string?)item["SequenceOssObject"]);
        Assert.Equal("1", (string?)vods.Body["Total"]);
        Assert.Equal("ConfigAlreadyExists", (await second.Client.CallAsync("AddLiveAppSnapshotConfig", Snapshot)).Code);
    }

    [Fact]
    public async Task Call_StateChanged_SavedAfterTheSaveDelay()
    {
        await using var emulator = await RunningEmulator.StartAsync(Settings);
        var file = Path.Combine(_folder, "live-config.json");

        await emulator.Client.CallAsync("AddLiveAppSnapshotConfig", Snapshot);
        var existedBefore = File.Exists(file);
        emulator.Clock.Advance(TimeSpan.FromMilliseconds(500));

        Assert.False(existedBefore);
        Assert.True(File.Exists(file));
        Assert.Contains("snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostReset_WithDataFolder_TheClearedStateIsWhatSurvives()
    {
        await using (var first = await RunningEmulator.StartAsync(Settings))
        {
            await first.Client.CallAsync("AddLiveAppSnapshotConfig", Snapshot);
            using var reset = await first.Http.PostAsync("/_emulator/reset", null);
        }

        await using var second = await RunningEmulator.StartAsync(Settings);
        var snapshots = await second.Client.CallAsync("DescribeLiveSnapshotConfig", new Dictionary<string, string> { ["DomainName"] = "example.com" });

        Assert.Equal(0, (int)snapshots.Body["TotalNum"]!);
    }

    [Fact]
    public async Task Start_CorruptStateFile_StartsEmptyAndServes()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "live-config.json"), "{ not json");

        await using var emulator = await RunningEmulator.StartAsync(Settings);
        var answer = await emulator.Client.CallAsync("DescribeLiveSnapshotConfig", new Dictionary<string, string> { ["DomainName"] = "example.com" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(0, (int)answer.Body["TotalNum"]!);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
