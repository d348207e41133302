using static LiveFunctions.Emulator.Tests.Simulation.RecordIndex.CreateIndexCalls;

namespace LiveFunctions.Emulator.Tests.Simulation.RecordIndex;

/// <summary>One test per documented parameter rule of CreateLiveStreamRecordIndexFiles, each checking the documented code and status.</summary>
public sealed class CreateLiveStreamRecordIndexFilesParameterRulesTests
{
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
}
