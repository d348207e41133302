using static LiveFunctions.Emulator.Tests.Simulation.RecordIndex.CreateIndexCalls;

namespace LiveFunctions.Emulator.Tests.Simulation.RecordIndex;

/// <summary>The rules of CreateLiveStreamRecordIndexFiles that depend on state (bucket, stream, recording config, segments), one test each, and the success answer.</summary>
public sealed class CreateLiveStreamRecordIndexFilesRecordingRulesTests
{
    [Fact]
    public void CreateLiveStreamRecordIndexFiles_BucketNotTheCallers_ReturnsInvalidBucketNotFound()
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("OssBucket", "someone-elses-bucket")), 404, "InvalidBucket.NotFound");
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_StreamNeverPublished_ReturnsInvalidStreamNotFound()
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("StreamName", "never-published")), 400, "InvalidStream.NotFound");
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_SessionNotStartedYet_ReturnsInvalidStreamNotFound()
    {
        using var sim = new SimulationHarness();
        sim.Configs.SetRecord(TestConfigs.Record());
        sim.Publish("later", SimulationHarness.DefaultNow.AddHours(1), null);

        AssertError(Create(sim, With("StreamName", "later")), 400, "InvalidStream.NotFound");
    }

    [Theory]
    [InlineData("flv")]
    [InlineData("mp4")]
    public void CreateLiveStreamRecordIndexFiles_ConfigRecordsOnlyFlvOrMp4_ReturnsOperationNotSupport(string format)
    {
        using var sim = Recorded(format: format);

        AssertError(Create(sim), 400, "OperationNotSupport");
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_NoSegmentStartsInRange_ReturnsNoRecordContent()
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("StartTime", "2026-03-10T10:10:00Z"), ("EndTime", "2026-03-10T11:00:00Z")), 400, "NoRecordContent");
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_NoRecordingConfig_ReturnsNoRecordContent()
    {
        using var sim = new SimulationHarness();
        sim.Configs.SnapshotConfigs[(TestConfigs.Domain, TestConfigs.App)] = TestConfigs.Snapshot(callback: null); // owns the bucket
        sim.Publish("stream1", SessionStart, SessionStart.AddMinutes(10));

        AssertError(Create(sim), 400, "NoRecordContent");
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_OnDemandConfig_ReturnsNoRecordContent()
    {
        using var sim = Recorded(onDemand: 1);

        AssertError(Create(sim), 400, "NoRecordContent");
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_OssBucketChangedWithinRange_ReturnsInvalidConfigChanged()
    {
        using var sim = Recorded();
        // Segments 10:00–10:02 are written to live-bucket by a first index...
        Assert.Null(Create(sim, With("StartTime", "2026-03-10T10:00:00Z"), ("EndTime", "2026-03-10T10:02:00Z")).Error);
        // ...then the recording moves to another bucket; a range over both is no longer in one bucket.
        sim.Configs.SetRecord(TestConfigs.Record(bucket: "other-bucket"));

        var result = Create(sim, With("StartTime", "2026-03-10T10:01:00Z"), ("EndTime", "2026-03-10T10:04:00Z"));

        AssertError(result, 400, "InvalidConfig.Changed");
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_RecordingWindow_ListsOnlySegmentsInsideIt()
    {
        using var sim = Recorded(startTime: "2026-03-10T10:02:00Z", endTime: "2026-03-10T10:03:00Z");

        var result = Create(sim);

        Assert.Null(result.Error);
        Assert.Equal(60.0, (double)result.Body!["RecordInfo"]!["Duration"]!);
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_Success_AnswersRecordInfoAndStoresTheIndex()
    {
        using var sim = Recorded();

        var result = Create(sim);

        Assert.Null(result.Error);
        var info = result.Body!["RecordInfo"]!.AsObject();
        Assert.True(Guid.TryParse((string)info["RecordId"]!, out _));
        Assert.Equal("http://127.0.0.1:7081/_emulator/oss/live-bucket/index/stream.m3u8", (string)info["RecordUrl"]!);
        Assert.Equal(TestConfigs.Domain, (string)info["DomainName"]!);
        Assert.Equal("stream1", (string)info["StreamName"]!);
        Assert.Equal(TestConfigs.Bucket, (string)info["OssBucket"]!);
        Assert.Equal(TestConfigs.Endpoint, (string)info["OssEndpoint"]!);
        Assert.Equal("index/stream.m3u8", (string)info["OssObject"]!);
        Assert.Equal("2026-03-10T10:01:00Z", (string)info["StartTime"]!);
        Assert.Equal("2026-03-10T10:03:00Z", (string)info["EndTime"]!);
        Assert.Equal(720, (int)info["Height"]!);
        Assert.Equal(1280, (int)info["Width"]!);
        Assert.Equal("2026-03-10T12:00:00Z", (string)info["CreateTime"]!);
        Assert.Single(sim.Get<LiveFunctions.Emulator.Simulation.RecordIndex.RecordIndexStore>().ForStream(TestConfigs.Domain, TestConfigs.App, "stream1"));
    }
}
