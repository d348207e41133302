using LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;

namespace LiveFunctions.Core.Tests.Operations.CreateLiveStreamRecordIndexFiles;

// The typed call through the client and the stub: the exact query string sent and every RecordInfo field read back.
public sealed class CreateLiveStreamRecordIndexFilesRoundTripTests
{
    private const string DocumentAnswer = CreateLiveStreamRecordIndexFilesOperationTests.DocumentResponse;

    private static CreateLiveStreamRecordIndexFilesRequest Request(bool? endTimeIncluded) => new()
    {
        DomainName = "example.com",
        AppName = "liveApp",
        StreamName = "liveStream",
        OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
        OssBucket = "live-bucket",
        OssObject = "{AppName}/{StreamName}/{Date}/{Hour}/{Minute}_{Second}.m3u8",
        StartTime = "2024-04-30T08:00:00Z",
        EndTime = "2024-04-30T09:00:00Z",
        EndTimeIncluded = endTimeIncluded,
    };

    [Fact]
    public async Task CreateLiveStreamRecordIndexFilesAsync_V3_SendsTimesAndBooleanAndReadsEveryRecordInfoField()
    {
        var harness = RoundTrip.Answering(DocumentAnswer);

        var response = await harness.Client.CreateLiveStreamRecordIndexFilesAsync(Request(endTimeIncluded: true));

        var sent = RoundTrip.SingleV3Call(harness, RoundTrip.LiveHost, "CreateLiveStreamRecordIndexFiles", RoundTrip.LiveVersion);
        Assert.Equal(
            "AppName=liveApp&DomainName=example.com&EndTime=2024-04-30T09%3A00%3A00Z&EndTimeIncluded=true"
            + "&OssBucket=live-bucket&OssEndpoint=oss-cn-shanghai.aliyuncs.com"
            + "&OssObject=%7BAppName%7D%2F%7BStreamName%7D%2F%7BDate%7D%2F%7BHour%7D%2F%7BMinute%7D_%7BSecond%7D.m3u8"
            + "&StartTime=2024-04-30T08%3A00%3A00Z&StreamName=liveStream",
            sent.Query);

        Assert.Equal("550439A3-F8EC-4CA2-BB62-B9DB43EEEF30", response.RequestId);
        var info = response.RecordInfo;
        Assert.NotNull(info);
        Assert.Equal("c4d7f0a4-b506-43f9-8de3-07732c3f****", info.RecordId);
        Assert.Equal("http://*****/atestObject.m3u8", info.RecordUrl);
        Assert.Equal("example.com", info.DomainName);
        Assert.Equal("liveApp****", info.AppName);
        Assert.Equal("liveStream****", info.StreamName);
        Assert.Equal("liveBucket****", info.OssBucket);
        Assert.Equal("cn-oss-****.aliyuncs.com", info.OssEndpoint);
        Assert.Equal("liveObject****.m3u8", info.OssObject);
        Assert.Equal("2015-12-01T07:36:00Z", info.StartTime);
        Assert.Equal("2015-12-01T07:40:00Z", info.EndTime);
        Assert.Equal(20.0, info.Duration);
        Assert.Equal(480, info.Height);
        Assert.Equal(640, info.Width);
        Assert.Equal("2016-05-27T09:40:56Z", info.CreateTime);
    }

    [Theory]
    [InlineData(false, "false", 9)]
    [InlineData(null, null, 8)]
    public async Task CreateLiveStreamRecordIndexFilesAsync_EndTimeIncluded_IsSentOnlyWhenGiven(bool? given, string? sent, int parameterCount)
    {
        var harness = RoundTrip.Answering(DocumentAnswer);

        await harness.Client.CreateLiveStreamRecordIndexFilesAsync(Request(given));

        var request = RoundTrip.SingleV3Call(harness, RoundTrip.LiveHost, "CreateLiveStreamRecordIndexFiles", RoundTrip.LiveVersion);
        Assert.Equal(sent, request.QueryValue("EndTimeIncluded"));
        Assert.Equal(parameterCount, request.QueryParameters.Count);
    }
}
