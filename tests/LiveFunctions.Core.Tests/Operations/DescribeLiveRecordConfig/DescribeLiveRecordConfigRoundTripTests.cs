using LiveFunctions.Core.Operations.DescribeLiveRecordConfig;

namespace LiveFunctions.Core.Tests.Operations.DescribeLiveRecordConfig;

// The typed call through the client and the stub: the exact query string sent and the nested lists read back.
public sealed class DescribeLiveRecordConfigRoundTripTests
{
    // Shaped as the service answers (spec/alibaba-openapi.md §6.2, §4.6): double-wrapped lists and the "OnDemond" spelling.
    private const string Answer = """
        {
          "RequestId": "DB7B1B1F-6F36-4E6A-9F41-3C4B2E1A0C11",
          "PageNum": 2,
          "PageSize": 5,
          "Order": "desc",
          "TotalNum": 6,
          "TotalPage": 2,
          "LiveAppRecordList": {
            "LiveAppRecord": [
              {
                "DomainName": "example.com",
                "AppName": "liveApp",
                "StreamName": "liveStream",
                "OssEndpoint": "oss-cn-shanghai.aliyuncs.com",
                "OssBucket": "live-bucket",
                "CreateTime": "2024-04-01T10:00:00Z",
                "StartTime": "2024-05-01T09:00:00Z",
                "EndTime": "2024-05-03T09:00:00Z",
                "OnDemond": 1,
                "DelayTime": 180,
                "RecordFormatList": {
                  "RecordFormat": [
                    {
                      "Format": "m3u8",
                      "CycleDuration": 3600,
                      "OssObjectPrefix": "record/{AppName}/{StreamName}/{Sequence}_{EscapedStartTime}_{EscapedEndTime}",
                      "SliceOssObjectPrefix": "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}",
                      "SliceDuration": 30
                    },
                    {
                      "Format": "flv",
                      "CycleDuration": 7200,
                      "OssObjectPrefix": "record/{AppName}/{StreamName}/{StartTime}_{EndTime}"
                    }
                  ]
                },
                "TranscodeRecordFormatList": {
                  "RecordFormat": [
                    { "Format": "mp4", "CycleDuration": 21600, "OssObjectPrefix": "transcode/{AppName}/{StreamName}/{StartTime}_{EndTime}" }
                  ]
                },
                "TranscodeTemplates": { "Templates": ["sd", "hd"] }
              }
            ]
          }
        }
        """;

    [Fact]
    public async Task DescribeLiveRecordConfigAsync_V3_SendsPagingAndReadsTheNestedLists()
    {
        var harness = RoundTrip.Answering(Answer);

        var response = await harness.Client.DescribeLiveRecordConfigAsync(new DescribeLiveRecordConfigRequest
        {
            DomainName = "example.com",
            AppName = "liveApp",
            StreamName = "liveStream",
            PageNum = 2,
            PageSize = 5,
            Order = "desc",
        });

        var sent = RoundTrip.SingleV3Call(harness, RoundTrip.LiveHost, "DescribeLiveRecordConfig", RoundTrip.LiveVersion);
        Assert.Equal("AppName=liveApp&DomainName=example.com&Order=desc&PageNum=2&PageSize=5&StreamName=liveStream", sent.Query);

        var expected = new DescribeLiveRecordConfigResponse
        {
            RequestId = "DB7B1B1F-6F36-4E6A-9F41-3C4B2E1A0C11",
            PageNum = 2,
            PageSize = 5,
            Order = "desc",
            TotalNum = 6,
            TotalPage = 2,
            LiveAppRecordList =
            [
                new LiveAppRecord
                {
                    DomainName = "example.com",
                    AppName = "liveApp",
                    StreamName = "liveStream",
                    OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
                    OssBucket = "live-bucket",
                    CreateTime = "2024-04-01T10:00:00Z",
                    StartTime = "2024-05-01T09:00:00Z",
                    EndTime = "2024-05-03T09:00:00Z",
                    OnDemand = 1,
                    DelayTime = 180,
                    RecordFormatList =
                    [
                        new RecordFormatInfo
                        {
                            Format = "m3u8",
                            CycleDuration = 3600,
                            OssObjectPrefix = "record/{AppName}/{StreamName}/{Sequence}_{EscapedStartTime}_{EscapedEndTime}",
                            SliceOssObjectPrefix = "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}",
                            SliceDuration = 30,
                        },
                        new RecordFormatInfo { Format = "flv", CycleDuration = 7200, OssObjectPrefix = "record/{AppName}/{StreamName}/{StartTime}_{EndTime}" },
                    ],
                    TranscodeRecordFormatList =
                    [
                        new RecordFormatInfo { Format = "mp4", CycleDuration = 21600, OssObjectPrefix = "transcode/{AppName}/{StreamName}/{StartTime}_{EndTime}" },
                    ],
                    TranscodeTemplates = ["sd", "hd"],
                },
            ],
        };
        Assert.Equivalent(expected, response, strict: true);
    }
}
