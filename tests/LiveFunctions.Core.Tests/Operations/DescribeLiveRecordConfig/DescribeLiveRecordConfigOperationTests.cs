using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.DescribeLiveRecordConfig;

namespace LiveFunctions.Core.Tests.Operations.DescribeLiveRecordConfig;

public sealed class DescribeLiveRecordConfigOperationTests
{
    private static readonly DescribeLiveRecordConfigOperation Operation = DescribeLiveRecordConfigOperation.Instance;

    // The answer's shape from spec/alibaba-openapi.md §6.2 and §4.6: double-wrapped lists and the service's "OnDemond".
    private const string Answer = """
        {
          "RequestId": "E8F4ACBA-9C4B-4C43-8E6B-27D8FBC08B81",
          "PageNum": 1,
          "PageSize": 10,
          "Order": "asc",
          "TotalNum": 2,
          "TotalPage": 1,
          "LiveAppRecordList": {
            "LiveAppRecord": [
              {
                "DomainName": "example.com",
                "AppName": "liveApp",
                "StreamName": "liveStream",
                "OssEndpoint": "oss-cn-shanghai.aliyuncs.com",
                "OssBucket": "live-bucket",
                "CreateTime": "2026-02-01T08:00:00Z",
                "StartTime": "2026-03-01T11:00:00Z",
                "EndTime": "2026-03-02T11:00:00Z",
                "OnDemond": 7,
                "DelayTime": 180,
                "RecordFormatList": {
                  "RecordFormat": [
                    {
                      "Format": "m3u8",
                      "CycleDuration": 21600,
                      "OssObjectPrefix": "record/{AppName}/{StreamName}/{Sequence}_{EscapedStartTime}_{EscapedEndTime}",
                      "SliceOssObjectPrefix": "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}",
                      "SliceDuration": 30
                    },
                    { "Format": "mp4", "CycleDuration": 3600, "OssObjectPrefix": "record/{StartTime}_{EndTime}" }
                  ]
                },
                "TranscodeRecordFormatList": {
                  "RecordFormat": [ { "Format": "flv", "CycleDuration": 3600, "OssObjectPrefix": "t/{StartTime}_{EndTime}" } ]
                },
                "TranscodeTemplates": { "Templates": [ "sd", "hd" ] }
              },
              {
                "DomainName": "example.com",
                "AppName": "*",
                "OssEndpoint": "oss-cn-shanghai.aliyuncs.com",
                "OssBucket": "live-bucket",
                "CreateTime": "2026-01-01T08:00:00Z",
                "OnDemond": 0,
                "RecordFormatList": { "RecordFormat": [ { "Format": "flv", "CycleDuration": 3600 } ] },
                "TranscodeRecordFormatList": { "RecordFormat": [] },
                "TranscodeTemplates": { "Templates": [] }
              }
            ]
          }
        }
        """;

    [Fact]
    public void Instance_IsTheLiveActionDescribeLiveRecordConfig()
    {
        Assert.Equal(AlibabaProduct.Live, Operation.Product);
        Assert.Equal("DescribeLiveRecordConfig", Operation.Action);
    }

    [Fact]
    public void ToParameters_EveryField_InDocumentOrder()
    {
        var request = new DescribeLiveRecordConfigRequest
        {
            DomainName = "example.com",
            AppName = "liveApp",
            StreamName = "liveStream",
            PageNum = 2,
            PageSize = 30,
            Order = "desc",
        };

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["DomainName"] = "example.com",
                ["AppName"] = "liveApp",
                ["StreamName"] = "liveStream",
                ["PageNum"] = "2",
                ["PageSize"] = "30",
                ["Order"] = "desc",
            }.ToList(),
            Operation.ToParameters(request));
    }

    [Fact]
    public void ToParameters_OnlyDomainName_LeavesTheRestOut()
    {
        Assert.Equal([new("DomainName", "example.com")], Operation.ToParameters(new DescribeLiveRecordConfigRequest { DomainName = "example.com" }));
    }

    [Fact]
    public void ParseResponse_Page_ReadsThePagingFields()
    {
        using var body = JsonDocument.Parse(Answer);

        var response = Operation.ParseResponse(body.RootElement);

        Assert.Equal("E8F4ACBA-9C4B-4C43-8E6B-27D8FBC08B81", response.RequestId);
        Assert.Equal(1, response.PageNum);
        Assert.Equal(10, response.PageSize);
        Assert.Equal("asc", response.Order);
        Assert.Equal(2, response.TotalNum);
        Assert.Equal(1, response.TotalPage);
        Assert.Equal(2, response.LiveAppRecordList.Count);
    }

    [Fact]
    public void ParseResponse_StreamLevelRecord_ReadsEveryFieldAndTheNestedLists()
    {
        using var body = JsonDocument.Parse(Answer);

        var record = Operation.ParseResponse(body.RootElement).LiveAppRecordList[0];

        Assert.Equal(
            new LiveAppRecord
            {
                DomainName = "example.com",
                AppName = "liveApp",
                StreamName = "liveStream",
                OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
                OssBucket = "live-bucket",
                CreateTime = "2026-02-01T08:00:00Z",
                StartTime = "2026-03-01T11:00:00Z",
                EndTime = "2026-03-02T11:00:00Z",
                OnDemand = 7,
                DelayTime = 180,
                RecordFormatList = record.RecordFormatList,
                TranscodeRecordFormatList = record.TranscodeRecordFormatList,
                TranscodeTemplates = record.TranscodeTemplates,
            },
            record);
        Assert.Equal(
            [
                new RecordFormatInfo
                {
                    Format = "m3u8",
                    CycleDuration = 21600,
                    OssObjectPrefix = "record/{AppName}/{StreamName}/{Sequence}_{EscapedStartTime}_{EscapedEndTime}",
                    SliceOssObjectPrefix = "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}",
                    SliceDuration = 30,
                },
                new RecordFormatInfo { Format = "mp4", CycleDuration = 3600, OssObjectPrefix = "record/{StartTime}_{EndTime}" },
            ],
            record.RecordFormatList);
        Assert.Equal([new RecordFormatInfo { Format = "flv", CycleDuration = 3600, OssObjectPrefix = "t/{StartTime}_{EndTime}" }], record.TranscodeRecordFormatList);
        Assert.Equal(["sd", "hd"], record.TranscodeTemplates);
    }

    [Fact]
    public void ParseResponse_AppLevelRecord_ReadsAbsentFieldsAsNullAndEmptyListsAsEmpty()
    {
        using var body = JsonDocument.Parse(Answer);

        var record = Operation.ParseResponse(body.RootElement).LiveAppRecordList[1];

        Assert.Equal("*", record.AppName);
        Assert.Null(record.StreamName);
        Assert.Null(record.DelayTime);
        Assert.Equal(0, record.OnDemand);
        Assert.Equal([new RecordFormatInfo { Format = "flv", CycleDuration = 3600 }], record.RecordFormatList);
        Assert.Empty(record.TranscodeRecordFormatList);
        Assert.Empty(record.TranscodeTemplates);
    }

    [Fact]
    public void ParseResponse_NoConfigs_ReadsAnEmptyList()
    {
        using var body = JsonDocument.Parse("""{ "RequestId": "r", "PageNum": 1, "PageSize": 10, "TotalNum": 0, "TotalPage": 0 }""");

        var response = Operation.ParseResponse(body.RootElement);

        Assert.Equal("r", response.RequestId);
        Assert.Equal(0, response.TotalNum);
        Assert.Empty(response.LiveAppRecordList);
    }

    [Fact]
    public void ParseResponse_NumbersAsStringsAndCorrectedOnDemandName_AreRead()
    {
        using var body = JsonDocument.Parse("""
            { "RequestId": "r", "TotalNum": "3",
              "LiveAppRecordList": { "LiveAppRecord": [ { "AppName": "a", "OnDemand": "2", "DelayTime": "60" } ] } }
            """);

        var response = Operation.ParseResponse(body.RootElement);

        Assert.Equal(3, response.TotalNum);
        Assert.Equal(2, response.LiveAppRecordList[0].OnDemand);
        Assert.Equal(60, response.LiveAppRecordList[0].DelayTime);
    }

    [Fact]
    public void Deserialize_QueryShapedBody_FillsEveryField()
    {
        const string json = """
            { "DomainName": "example.com", "AppName": "liveApp", "StreamName": "liveStream", "PageNum": 2, "PageSize": 30, "Order": "desc" }
            """;

        var request = JsonSerializer.Deserialize<DescribeLiveRecordConfigRequest>(json);

        Assert.Equal(
            new DescribeLiveRecordConfigRequest { DomainName = "example.com", AppName = "liveApp", StreamName = "liveStream", PageNum = 2, PageSize = 30, Order = "desc" },
            request);
    }
}
