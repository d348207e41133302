using LiveFunctions.Core.Operations.AddLiveAppRecordConfig;

namespace LiveFunctions.Core.Tests.Operations.AddLiveAppRecordConfig;

// The typed call through the client and the stub: the exact query string sent and the answer read back.
public sealed class AddLiveAppRecordConfigRoundTripTests
{
    [Fact]
    public async Task AddLiveAppRecordConfigAsync_V3_SendsBucketAndObjectNamingEncoded()
    {
        var harness = RoundTrip.Answering("""{"RequestId": "16A96B9A-F203-4EC5-8E43-CB92E68F4CD8"}""");

        var response = await harness.Client.AddLiveAppRecordConfigAsync(new AddLiveAppRecordConfigRequest
        {
            DomainName = "example.com",
            AppName = "liveApp",
            OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
            OssBucket = "live-bucket",
            RecordFormat =
            [
                new AddRecordFormatItem
                {
                    Format = "m3u8",
                    CycleDuration = 3600,
                    OssObjectPrefix = "record/{AppName}/{StreamName}/{Sequence}_{EscapedStartTime}_{EscapedEndTime}",
                    SliceOssObjectPrefix = "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}",
                    SliceDuration = 10,
                },
            ],
            TranscodeRecordFormat =
            [
                new AddRecordFormatItem { Format = "flv", OssObjectPrefix = "transcode/{AppName}/{StreamName}/{StartTime}_{EndTime}" },
            ],
            TranscodeTemplates = ["*****"],
        });

        var sent = RoundTrip.SingleV3Call(harness, RoundTrip.LiveHost, "AddLiveAppRecordConfig", RoundTrip.LiveVersion);
        Assert.Equal(
            "AppName=liveApp&DomainName=example.com&OssBucket=live-bucket&OssEndpoint=oss-cn-shanghai.aliyuncs.com"
            + "&RecordFormat.1.CycleDuration=3600&RecordFormat.1.Format=m3u8"
            + "&RecordFormat.1.OssObjectPrefix=record%2F%7BAppName%7D%2F%7BStreamName%7D%2F%7BSequence%7D_%7BEscapedStartTime%7D_%7BEscapedEndTime%7D"
            + "&RecordFormat.1.SliceDuration=10"
            + "&RecordFormat.1.SliceOssObjectPrefix=record%2F%7BAppName%7D%2F%7BStreamName%7D%2F%7BUnixTimestamp%7D_%7BSequence%7D"
            + "&TranscodeRecordFormat.1.Format=flv"
            + "&TranscodeRecordFormat.1.OssObjectPrefix=transcode%2F%7BAppName%7D%2F%7BStreamName%7D%2F%7BStartTime%7D_%7BEndTime%7D"
            + "&TranscodeTemplates.1=%2A%2A%2A%2A%2A",
            sent.Query);
        Assert.Equal(new AddLiveAppRecordConfigResponse("16A96B9A-F203-4EC5-8E43-CB92E68F4CD8"), response);
    }
}
