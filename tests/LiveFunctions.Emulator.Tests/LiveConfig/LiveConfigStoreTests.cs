using LiveFunctions.Emulator.LiveConfig;

namespace LiveFunctions.Emulator.Tests.LiveConfig;

public sealed class LiveConfigStoreTests
{
    private static readonly DateTimeOffset Created = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static RecordConfigState Record(string app, string stream, string bucket = "bucket") =>
        new("example.com", app, stream, "oss-cn-shanghai.aliyuncs.com", bucket,
            [new RecordFormatState("m3u8", 21600, 30, "r/{StartTime}_{EndTime}", "r/{UnixTimestamp}_{Sequence}")], [], ["sd"], 0, 180, null, null, Created);

    [Fact]
    public void FindRecordConfig_StreamAppAndAllApps_MostSpecificWins()
    {
        var store = new LiveConfigStore();
        store.AddRecordConfig(Record("*", "", "all-apps"));
        store.AddRecordConfig(Record("app", "", "app-level"));
        store.AddRecordConfig(Record("app", "s1", "stream-level"));

        Assert.Equal("stream-level", store.FindRecordConfig("example.com", "app", "s1")!.OssBucket);
        Assert.Equal("app-level", store.FindRecordConfig("example.com", "app", "s2")!.OssBucket);
        Assert.Equal("all-apps", store.FindRecordConfig("example.com", "other", "s1")!.OssBucket);
        Assert.Null(store.FindRecordConfig("other.com", "app", "s1"));
    }

    [Fact]
    public void AddRecordConfig_ExistingTripleOrVodConfig_NotAdded()
    {
        var store = new LiveConfigStore();
        store.AddRecordVodConfig(new RecordVodConfigState("example.com", "vod", "", "group", 3600, null, null, null, 0, Created));

        Assert.Equal(AddOutcome.Added, store.AddRecordConfig(Record("app", "")));
        Assert.Equal(AddOutcome.Exists, store.AddRecordConfig(Record("app", "")));
        Assert.Equal(AddOutcome.OtherKindExists, store.AddRecordConfig(Record("vod", "")));
    }

    [Fact]
    public void Load_WhatSaveWrote_RestoresEveryConfig()
    {
        var store = new LiveConfigStore();
        store.AddRecordConfig(Record("app", "s1"));
        store.AddRecordVodConfig(new RecordVodConfigState("example.com", "vod", "", "group", 300, "ON", "compose", "x.oss-cn-shanghai.aliyuncs.com", 1, Created));
        store.AddSnapshotConfig(new SnapshotConfigState("example.com", "app", 5, "oss-cn-shanghai.aliyuncs.com", "bucket", "{AppName}.jpg", null, "https://cb.example.com", Created));
        store.AddSnapshotNotifyConfig(new SnapshotNotifyConfigState("example.com", "https://cb.example.com", true, "abcdEFGH12345678"));

        var restored = new LiveConfigStore();
        restored.Load(store.Save());

        Assert.Equal(store.FindRecordConfig("example.com", "app", "s1")!.RecordFormats, restored.FindRecordConfig("example.com", "app", "s1")!.RecordFormats);
        Assert.Equal(["sd"], restored.FindRecordConfig("example.com", "app", "s1")!.TranscodeTemplates);
        Assert.Equal(store.RecordVodConfigs.Values.Single(), restored.RecordVodConfigs.Values.Single());
        Assert.Equal(store.FindSnapshotConfig("example.com", "app"), restored.FindSnapshotConfig("example.com", "app"));
        Assert.Equal(store.FindSnapshotNotifyConfig("example.com"), restored.FindSnapshotNotifyConfig("example.com"));
    }

    [Fact]
    public void SnapshotNotifyConfigState_ToString_DoesNotShowTheAuthKey()
    {
        var config = new SnapshotNotifyConfigState("example.com", "https://cb.example.com", true, "abcdEFGH12345678");

        Assert.DoesNotContain("abcdEFGH12345678", config.ToString(), StringComparison.Ordinal);
        Assert.Contains("example.com", config.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reset_AfterAdds_EmptiesEveryKind()
    {
        var store = new LiveConfigStore();
        store.AddRecordConfig(Record("app", ""));
        store.AddSnapshotNotifyConfig(new SnapshotNotifyConfigState("example.com", "https://cb.example.com", false, null));

        store.Reset();

        Assert.Empty(store.RecordConfigs);
        Assert.Empty(store.SnapshotNotifyConfigs);
    }
}
