using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;

namespace LiveFunctions.Core.Tests.Operations.DescribeLiveStreamsPublishList;

public sealed class DescribeLiveStreamsPublishListOperationTests
{
    private static readonly DescribeLiveStreamsPublishListOperation Operation = DescribeLiveStreamsPublishListOperation.Instance;

    // Shaped as the service answers (spec §4.6/§6.5: the XML-derived double wrapping of the list).
    private const string ServiceResponse = """
        {
          "RequestId": "3c7e9a5f-2e1b-4f0a-9d7c-1b2a3c4d5e6f",
          "PageNum": 1,
          "PageSize": 2000,
          "TotalNum": 2,
          "TotalPage": 1,
          "PublishInfo": {
            "LiveStreamPublishInfo": [
              {
                "DomainName": "example.com",
                "AppName": "liveApp",
                "StreamName": "liveStream",
                "PublishTime": "2026-03-15T10:05:00Z",
                "StopTime": "2026-03-15T10:55:00Z",
                "PublishUrl": "rtmp://push.example.com/liveApp/liveStream",
                "StreamUrl": "example.com/liveApp/liveStream",
                "EdgeNodeAddr": "10.0.0.1",
                "ClientAddr": "192.0.2.10",
                "PublishDomain": "push.example.com",
                "PublishType": "edge",
                "Transcoded": "no",
                "TranscodeId": ""
              },
              {
                "DomainName": "example.com",
                "AppName": "liveApp",
                "StreamName": "liveStream_sd",
                "PublishTime": "2026-03-15T10:06:00Z",
                "StopTime": "2026-03-15T10:56:00Z",
                "Transcoded": "yes",
                "TranscodeId": "sd"
              }
            ]
          }
        }
        """;

    [Fact]
    public void Identity_IsLiveDescribeLiveStreamsPublishList()
    {
        Assert.Equal(AlibabaProduct.Live, Operation.Product);
        Assert.Equal("DescribeLiveStreamsPublishList", Operation.Action);
    }

    [Fact]
    public void ToParameters_FullRequest_ReturnsEveryParameterWithIntegersInvariant()
    {
        var request = new DescribeLiveStreamsPublishListRequest
        {
            RegionId = "cn-shanghai",
            DomainName = "example.com",
            AppName = "liveApp",
            StreamName = "liveStream",
            StartTime = "2017-12-21T08:00:00Z",
            EndTime = "2017-12-22T08:00:00Z",
            PageSize = 1500,
            PageNumber = 3,
            QueryType = "strict",
            StreamType = "all",
            OrderBy = "publish_time_desc",
        };

        KeyValuePair<string, string>[] expected =
        [
            new("RegionId", "cn-shanghai"),
            new("DomainName", "example.com"),
            new("AppName", "liveApp"),
            new("StreamName", "liveStream"),
            new("StartTime", "2017-12-21T08:00:00Z"),
            new("EndTime", "2017-12-22T08:00:00Z"),
            new("PageSize", "1500"),
            new("PageNumber", "3"),
            new("QueryType", "strict"),
            new("StreamType", "all"),
            new("OrderBy", "publish_time_desc"),
        ];
        Assert.Equal(expected, Operation.ToParameters(request));
    }

    [Fact]
    public void ToParameters_OnlyRequired_LeavesOptionalParametersOut()
    {
        var request = new DescribeLiveStreamsPublishListRequest
        {
            DomainName = "example.com",
            StartTime = "2017-12-21T08:00:00Z",
            EndTime = "2017-12-22T08:00:00Z",
        };

        KeyValuePair<string, string>[] expected =
        [
            new("DomainName", "example.com"),
            new("StartTime", "2017-12-21T08:00:00Z"),
            new("EndTime", "2017-12-22T08:00:00Z"),
        ];
        Assert.Equal(expected, Operation.ToParameters(request));
    }

    [Fact]
    public void ParseResponse_ServiceShapedAnswer_FlattensTheRecordsAndReadsPaging()
    {
        using var document = JsonDocument.Parse(ServiceResponse);

        var response = Operation.ParseResponse(document.RootElement);

        Assert.Equal("3c7e9a5f-2e1b-4f0a-9d7c-1b2a3c4d5e6f", response.RequestId);
        Assert.Equal((1, 2000, 2, 1), (response.PageNum, response.PageSize, response.TotalNum, response.TotalPage));
        Assert.Equal(2, response.Streams.Count);
        var first = new LiveStreamPublishInfo
        {
            DomainName = "example.com",
            AppName = "liveApp",
            StreamName = "liveStream",
            PublishTime = "2026-03-15T10:05:00Z",
            StopTime = "2026-03-15T10:55:00Z",
            PublishUrl = "rtmp://push.example.com/liveApp/liveStream",
            StreamUrl = "example.com/liveApp/liveStream",
            EdgeNodeAddr = "10.0.0.1",
            ClientAddr = "192.0.2.10",
            PublishDomain = "push.example.com",
            PublishType = "edge",
            Transcoded = "no",
            TranscodeId = string.Empty,
        };
        Assert.Equal(first, response.Streams[0]);
        Assert.Equal(("liveStream_sd", "yes", "sd"), (response.Streams[1].StreamName, response.Streams[1].Transcoded, response.Streams[1].TranscodeId));
    }

    [Theory]
    [InlineData("""{"RequestId":"r","PageNum":1,"PageSize":2000,"TotalNum":0,"TotalPage":0}""")]
    [InlineData("""{"RequestId":"r","PageNum":1,"PageSize":2000,"TotalNum":0,"TotalPage":0,"PublishInfo":{}}""")]
    [InlineData("""{"RequestId":"r","PageNum":1,"PageSize":2000,"TotalNum":0,"TotalPage":0,"PublishInfo":{"LiveStreamPublishInfo":[]}}""")]
    public void ParseResponse_NoStreams_ReturnsEmptyList(string json)
    {
        using var document = JsonDocument.Parse(json);

        var response = Operation.ParseResponse(document.RootElement);

        Assert.Empty(response.Streams);
        Assert.Equal(0, response.TotalPage);
    }

    [Fact]
    public void ParseResponse_PagingNumbersAsStrings_AreRead()
    {
        using var document = JsonDocument.Parse("""{"PageNum":"2","PageSize":"10","TotalNum":"15","TotalPage":"2"}""");

        var response = Operation.ParseResponse(document.RootElement);

        Assert.Equal((2, 10, 15, 2), (response.PageNum, response.PageSize, response.TotalNum, response.TotalPage));
    }

    [Fact]
    public void ParseResponse_NotAnObject_ThrowsJsonException()
    {
        using var document = JsonDocument.Parse("\"oops\"");

        Assert.Throws<JsonException>(() => Operation.ParseResponse(document.RootElement));
    }

    [Fact]
    public void Deserialize_DocumentShapedBody_FillsTheRequest()
    {
        const string body = """
            {"RegionId":"cn-shanghai","DomainName":"example.com","AppName":"liveApp","StreamName":"liveStream",
             "StartTime":"2017-12-21T08:00:00Z","EndTime":"2017-12-22T08:00:00Z","PageSize":1500,"PageNumber":2,
             "QueryType":"fuzzy","StreamType":"trans","OrderBy":"publish_time_asc"}
            """;

        var request = JsonSerializer.Deserialize<DescribeLiveStreamsPublishListRequest>(body);

        var expected = new DescribeLiveStreamsPublishListRequest
        {
            RegionId = "cn-shanghai",
            DomainName = "example.com",
            AppName = "liveApp",
            StreamName = "liveStream",
            StartTime = "2017-12-21T08:00:00Z",
            EndTime = "2017-12-22T08:00:00Z",
            PageSize = 1500,
            PageNumber = 2,
            QueryType = "fuzzy",
            StreamType = "trans",
            OrderBy = "publish_time_asc",
        };
        Assert.Equal(expected, request);
    }
}
