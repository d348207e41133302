using System.Globalization;
using LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;

namespace LiveFunctions.Core.Tests.Operations.DescribeLiveStreamsPublishList;

// The typed calls through the client and the stub: the exact query strings sent, the list and paging read back, and
// the pager walking three pages.
public sealed class DescribeLiveStreamsPublishListRoundTripTests
{
    private const string Action = "DescribeLiveStreamsPublishList";

    // Shaped as the service answers (spec/alibaba-openapi.md §6.5): PublishInfo.LiveStreamPublishInfo[] and PageNum in the answer.
    private const string Answer = """
        {
          "RequestId": "3C8F1E22-6A0B-4B5C-9D2E-7F1A2B3C4D5E",
          "PageNum": 1,
          "PageSize": 2,
          "TotalNum": 2,
          "TotalPage": 1,
          "PublishInfo": {
            "LiveStreamPublishInfo": [
              {
                "DomainName": "example.com",
                "AppName": "liveApp",
                "StreamName": "liveStream",
                "PublishTime": "2024-04-30T08:10:00Z",
                "StopTime": "2024-04-30T09:20:00Z",
                "PublishUrl": "rtmp://push.example.com/liveApp/liveStream",
                "StreamUrl": "rtmp://example.com/liveApp/liveStream",
                "EdgeNodeAddr": "10.0.0.1",
                "ClientAddr": "203.0.113.7",
                "PublishDomain": "push.example.com",
                "PublishType": "edge",
                "Transcoded": "no",
                "TranscodeId": "",
                "AliInnerErrorFlags": ""
              },
              {
                "DomainName": "example.com",
                "AppName": "liveApp",
                "StreamName": "liveStream_sd",
                "PublishTime": "2024-04-30T08:10:02Z",
                "StopTime": "2024-04-30T09:20:01Z",
                "PublishUrl": "rtmp://push.example.com/liveApp/liveStream",
                "StreamUrl": "rtmp://example.com/liveApp/liveStream_sd",
                "EdgeNodeAddr": "10.0.0.2",
                "ClientAddr": "203.0.113.7",
                "PublishDomain": "push.example.com",
                "PublishType": "edge",
                "Transcoded": "yes",
                "TranscodeId": "sd"
              }
            ]
          }
        }
        """;

    [Fact]
    public async Task DescribeLiveStreamsPublishListAsync_V3_SendsEveryParameterAndReadsTheListAndPaging()
    {
        var harness = RoundTrip.Answering(Answer);

        var response = await harness.Client.DescribeLiveStreamsPublishListAsync(new DescribeLiveStreamsPublishListRequest
        {
            RegionId = "cn-shanghai",
            DomainName = "example.com",
            AppName = "liveApp",
            StartTime = "2024-04-30T08:00:00Z",
            EndTime = "2024-05-01T08:00:00Z",
            PageSize = 2,
            PageNumber = 1,
            QueryType = "strict",
            StreamType = "all",
            OrderBy = "publish_time_desc",
        });

        var sent = RoundTrip.SingleV3Call(harness, RoundTrip.LiveHost, Action, RoundTrip.LiveVersion);
        Assert.Equal(
            "AppName=liveApp&DomainName=example.com&EndTime=2024-05-01T08%3A00%3A00Z&OrderBy=publish_time_desc"
            + "&PageNumber=1&PageSize=2&QueryType=strict&RegionId=cn-shanghai&StartTime=2024-04-30T08%3A00%3A00Z&StreamType=all",
            sent.Query);

        Assert.Equal("3C8F1E22-6A0B-4B5C-9D2E-7F1A2B3C4D5E", response.RequestId);
        Assert.Equal((1, 2, 2, 1), (response.PageNum, response.PageSize, response.TotalNum, response.TotalPage));
        LiveStreamPublishInfo[] expected =
        [
            new()
            {
                DomainName = "example.com",
                AppName = "liveApp",
                StreamName = "liveStream",
                PublishTime = "2024-04-30T08:10:00Z",
                StopTime = "2024-04-30T09:20:00Z",
                PublishUrl = "rtmp://push.example.com/liveApp/liveStream",
                StreamUrl = "rtmp://example.com/liveApp/liveStream",
                EdgeNodeAddr = "10.0.0.1",
                ClientAddr = "203.0.113.7",
                PublishDomain = "push.example.com",
                PublishType = "edge",
                Transcoded = "no",
                TranscodeId = "",
            },
            new()
            {
                DomainName = "example.com",
                AppName = "liveApp",
                StreamName = "liveStream_sd",
                PublishTime = "2024-04-30T08:10:02Z",
                StopTime = "2024-04-30T09:20:01Z",
                PublishUrl = "rtmp://push.example.com/liveApp/liveStream",
                StreamUrl = "rtmp://example.com/liveApp/liveStream_sd",
                EdgeNodeAddr = "10.0.0.2",
                ClientAddr = "203.0.113.7",
                PublishDomain = "push.example.com",
                PublishType = "edge",
                Transcoded = "yes",
                TranscodeId = "sd",
            },
        ];
        Assert.Equal(expected, response.Streams);
    }

    [Fact]
    public async Task DescribeAllLiveStreamsPublishedAsync_ThreePages_SendsOneSignedCallPerPageAndReturnsEveryRecord()
    {
        var harness = RoundTrip.Answering(Page(1, "a", "b"), Page(2, "c", "d"), Page(3, "e"));

        var all = await harness.Client.DescribeAllLiveStreamsPublishedAsync(new DescribeLiveStreamsPublishListRequest
        {
            DomainName = "example.com",
            AppName = "liveApp",
            StartTime = "2024-04-30T08:00:00Z",
            EndTime = "2024-04-30T09:00:00Z",
            PageSize = 2,
        });

        Assert.Equal(["a", "b", "c", "d", "e"], all.Select(s => s.StreamName));
        Assert.Equal(3, harness.Stub.Requests.Count);
        for (var page = 1; page <= 3; page++)
        {
            var sent = RoundTrip.V3Call(harness.Stub.Requests[page - 1], RoundTrip.LiveHost, Action, RoundTrip.LiveVersion, $"nonce-{page}");
            Assert.Equal(
                "AppName=liveApp&DomainName=example.com&EndTime=2024-04-30T09%3A00%3A00Z"
                + $"&PageNumber={page}&PageSize=2&StartTime=2024-04-30T08%3A00%3A00Z",
                sent.Query);
        }
    }

    // One page of a three-page answer (5 streams, 2 a page).
    private static string Page(int number, params string[] streams)
    {
        var items = string.Join(',', streams.Select(s =>
            $$"""{"DomainName":"example.com","AppName":"liveApp","StreamName":"{{s}}","PublishTime":"2024-04-30T08:00:00Z","StopTime":"2024-04-30T08:30:00Z"}"""));
        var page = number.ToString(CultureInfo.InvariantCulture);
        return $$$"""{"RequestId":"REQ-{{{page}}}","PageNum":{{{page}}},"PageSize":2,"TotalNum":5,"TotalPage":3,"PublishInfo":{"LiveStreamPublishInfo":[{{{items}}}]}}""";
    }
}
