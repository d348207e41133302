using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Tests.Simulation.RecordIndex;

/// <summary>One test per documented rule of CreateLiveStreamRecordIndexFiles, each checking the documented code and status.</summary>
public sealed class CreateLiveStreamRecordIndexFilesActionTests
{
    // Now is 2026-03-10T12:00:00Z; the session ran 10:00–10:10 with 30 s segments.
    private static readonly DateTimeOffset SessionStart = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("DomainName")]
    [InlineData("AppName")]
    [InlineData("StreamName")]
    [InlineData("OssEndpoint")]
    [InlineData("OssBucket")]
    [InlineData("OssObject")]
    [InlineData("StartTime")]
    [InlineData("EndTime")]
    public void CreateLiveStreamRecordIndexFiles_RequiredParameterMissing_ReturnsMissingParameter(string parameter)
    {
        using var sim = Recorded();

        var result = Create(sim, Without(parameter));

        AssertError(result, 400, $"Missing{parameter}");
    }

    [Theory]
    [InlineData("2026-03-10 10:01:00")]
    [InlineData("2026-03-10T10:01:00+08:00")]
    [InlineData("2026-03-10T10:01:00.500Z")]
    [InlineData("yesterday")]
    public void CreateLiveStreamRecordIndexFiles_StartTimeNotUtcWireFormat_ReturnsInvalidStartTimeMalformed(string value)
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("StartTime", value)), 400, "InvalidStartTime.Malformed");
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_EndTimeNotUtcWireFormat_ReturnsInvalidEndTimeMalformed()
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("EndTime", "2026-03-10T10:03")), 400, "InvalidEndTime.Malformed");
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_EndTimeIncludedNotBoolean_ReturnsInvalidParams()
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("EndTimeIncluded", "yes")), 400, "InvalidParams");
    }

    [Theory]
    [InlineData("2026-03-10T10:01:00Z")]
    [InlineData("2026-03-10T10:00:00Z")]
    public void CreateLiveStreamRecordIndexFiles_EndTimeNotAfterStartTime_ReturnsInvalidEndTimeMismatch(string end)
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("StartTime", "2026-03-10T10:01:00Z"), ("EndTime", end)), 400, "InvalidEndTime.Mismatch");
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_RangeShorterThanOneSegment_ReturnsInvalidEndTimeMismatch()
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("StartTime", "2026-03-10T10:01:00Z"), ("EndTime", "2026-03-10T10:01:29Z")), 400, "InvalidEndTime.Mismatch");
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_RangeOfOneSegmentWithShortSlices_IsAccepted()
    {
        using var sim = Recorded(slice: 10);

        var result = Create(sim, With("StartTime", "2026-03-10T10:01:00Z"), ("EndTime", "2026-03-10T10:01:10Z"));

        Assert.Null(result.Error);
        Assert.Equal(10.0, (double)result.Body!["RecordInfo"]!["Duration"]!);
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_RangeLongerThanFourDays_ReturnsRecordContentExceed()
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("StartTime", "2026-03-05T10:00:00Z"), ("EndTime", "2026-03-09T10:00:01Z")), 400, "RecordContentExceed");
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_RangeOfExactlyFourDays_IsNotRejectedForLength()
    {
        using var sim = Recorded();

        // Four days ending after the session: accepted as a range, and the session's segments are in it.
        var result = Create(sim, With("StartTime", "2026-03-06T11:00:00Z"), ("EndTime", "2026-03-10T11:00:00Z"));

        Assert.Null(result.Error);
        Assert.Equal(600.0, (double)result.Body!["RecordInfo"]!["Duration"]!);
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_StartTimeOlderThanThreeMonths_ReturnsInvalidStartTimeMismatch()
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("StartTime", "2025-12-09T12:00:00Z"), ("EndTime", "2025-12-09T13:00:00Z")), 400, "InvalidStartTime.Mismatch");
    }

    [Fact]
    public void CreateLiveStreamRecordIndexFiles_StartTimeInTheFuture_ReturnsInvalidStartTimeMismatch()
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("StartTime", "2026-03-10T12:00:01Z"), ("EndTime", "2026-03-10T13:00:00Z")), 400, "InvalidStartTime.Mismatch");
    }

    [Theory]
    [InlineData("http://oss-cn-shanghai.aliyuncs.com")]
    [InlineData("oss-cn-shanghai.aliyuncs.com/path")]
    [InlineData("localhost")]
    [InlineData("oss..aliyuncs.com")]
    [InlineData("-oss.aliyuncs.com")]
    public void CreateLiveStreamRecordIndexFiles_OssEndpointNotAHostName_ReturnsInvalidOssEndpointMalformed(string endpoint)
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("OssEndpoint", endpoint)), 400, "InvalidOssEndpoint.Malformed");
    }

    [Theory]
    [InlineData("LiveBucket")]
    [InlineData("ab")]
    [InlineData("live_bucket")]
    [InlineData("-live-bucket")]
    public void CreateLiveStreamRecordIndexFiles_OssBucketBreaksNamingRules_ReturnsInvalidOssBucketMalformed(string bucket)
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("OssBucket", bucket)), 400, "InvalidOssBucket.Malformed");
    }

    [Theory]
    [InlineData("index/stream.txt")]
    [InlineData("{AppName}/{Unknown}.m3u8")]
    [InlineData("../outside.m3u8")]
    [InlineData("/rooted.m3u8")]
    [InlineData("a//b.m3u8")]
    public void CreateLiveStreamRecordIndexFiles_OssObjectNotAnM3u8Key_ReturnsInvalidOssObjectMalformed(string objectName)
    {
        using var sim = Recorded();

        AssertError(Create(sim, With("OssObject", objectName)), 400, "InvalidOssObject.Malformed");
    }

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

    private static SimulationHarness Recorded(string format = "m3u8", int slice = 30, int onDemand = 0, string? startTime = null, string? endTime = null)
    {
        var sim = new SimulationHarness();
        sim.Configs.SetRecord(TestConfigs.Record(format: format, slice: slice, onDemand: onDemand, startTime: startTime, endTime: endTime));
        sim.Publish("stream1", SessionStart, SessionStart.AddMinutes(10));
        return sim;
    }

    private static Dictionary<string, string> Valid() => new(StringComparer.Ordinal)
    {
        ["DomainName"] = TestConfigs.Domain,
        ["AppName"] = TestConfigs.App,
        ["StreamName"] = "stream1",
        ["OssEndpoint"] = TestConfigs.Endpoint,
        ["OssBucket"] = TestConfigs.Bucket,
        ["OssObject"] = "index/stream.m3u8",
        ["StartTime"] = "2026-03-10T10:01:00Z",
        ["EndTime"] = "2026-03-10T10:03:00Z",
    };

    private static Dictionary<string, string> Without(string parameter)
    {
        var values = Valid();
        values.Remove(parameter);
        return values;
    }

    private static Dictionary<string, string> With(string parameter, string value)
    {
        var values = Valid();
        values[parameter] = value;
        return values;
    }

    private static ActionResult Create(SimulationHarness sim, Dictionary<string, string>? values = null, params (string Name, string Value)[] more)
    {
        var all = values ?? Valid();
        foreach (var (name, value) in more)
        {
            all[name] = value;
        }

        return sim.Live("CreateLiveStreamRecordIndexFiles", all.Select(p => (p.Key, p.Value)).ToArray());
    }

    private static void AssertError(ActionResult result, int status, string code)
    {
        Assert.NotNull(result.Error);
        Assert.Equal(code, result.Error.Code);
        Assert.Equal(status, result.Error.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
    }
}
