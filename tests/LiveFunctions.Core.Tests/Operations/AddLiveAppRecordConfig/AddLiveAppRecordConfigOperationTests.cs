using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.AddLiveAppRecordConfig;
using LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;

namespace LiveFunctions.Core.Tests.Operations.AddLiveAppRecordConfig;

public sealed class AddLiveAppRecordConfigOperationTests
{
    private static readonly AddLiveAppRecordConfigOperation Operation = AddLiveAppRecordConfigOperation.Instance;

    private static AddLiveAppRecordConfigRequest Full() => new()
    {
        DomainName = "example.com",
        AppName = "liveApp",
        OssEndpoint = "oss-cn-beijing.aliyuncs.com",
        OssBucket = "live-bucket",
        StreamName = "liveStream",
        StartTime = "2026-03-01T11:00:00Z",
        EndTime = "2026-03-02T11:00:00Z",
        OnDemand = 0,
        DelayTime = 180,
        RecordFormat =
        [
            new AddRecordFormatItem
            {
                Format = "m3u8",
                CycleDuration = 3600,
                OssObjectPrefix = "record/{AppName}/{StreamName}/{Sequence}_{EscapedStartTime}_{EscapedEndTime}",
                SliceOssObjectPrefix = "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}",
                SliceDuration = 30,
            },
        ],
        TranscodeRecordFormat =
        [
            new AddRecordFormatItem { Format = "mp4", CycleDuration = 21600, OssObjectPrefix = "t/{StartTime}_{EndTime}" },
        ],
        TranscodeTemplates = ["sd"],
    };

    [Fact]
    public void Instance_IsTheLiveActionAddLiveAppRecordConfig()
    {
        Assert.Equal(AlibabaProduct.Live, Operation.Product);
        Assert.Equal("AddLiveAppRecordConfig", Operation.Action);
    }

    [Fact]
    public void ToParameters_EveryField_FlattensListsWithTheirObjectNaming()
    {
        var expected = new Dictionary<string, string>
        {
            ["DomainName"] = "example.com",
            ["AppName"] = "liveApp",
            ["OssEndpoint"] = "oss-cn-beijing.aliyuncs.com",
            ["OssBucket"] = "live-bucket",
            ["StreamName"] = "liveStream",
            ["StartTime"] = "2026-03-01T11:00:00Z",
            ["EndTime"] = "2026-03-02T11:00:00Z",
            ["OnDemand"] = "0",
            ["DelayTime"] = "180",
            ["RecordFormat.1.CycleDuration"] = "3600",
            ["RecordFormat.1.Format"] = "m3u8",
            ["RecordFormat.1.OssObjectPrefix"] = "record/{AppName}/{StreamName}/{Sequence}_{EscapedStartTime}_{EscapedEndTime}",
            ["RecordFormat.1.SliceDuration"] = "30",
            ["RecordFormat.1.SliceOssObjectPrefix"] = "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}",
            ["TranscodeRecordFormat.1.CycleDuration"] = "21600",
            ["TranscodeRecordFormat.1.Format"] = "mp4",
            ["TranscodeRecordFormat.1.OssObjectPrefix"] = "t/{StartTime}_{EndTime}",
            ["TranscodeTemplates.1"] = "sd",
        }.ToList();

        Assert.Equal(expected, Operation.ToParameters(Full()));
    }

    [Fact]
    public void ToParameters_NullFields_AreLeftOut()
    {
        var request = new AddLiveAppRecordConfigRequest
        {
            DomainName = "example.com",
            AppName = "liveApp",
            OssEndpoint = "oss-cn-beijing.aliyuncs.com",
            OssBucket = "live-bucket",
            RecordFormat = [new AddRecordFormatItem { Format = "flv", OssObjectPrefix = "r/{StartTime}_{EndTime}" }],
        };

        Assert.Equal(
            ["DomainName", "AppName", "OssEndpoint", "OssBucket", "RecordFormat.1.Format", "RecordFormat.1.OssObjectPrefix"],
            Operation.ToParameters(request).Select(p => p.Key));
    }

    [Fact]
    public void ParseResponse_Answer_ReadsRequestId()
    {
        using var body = JsonDocument.Parse("""{ "RequestId": "6EBD1AC4-C34D-4AE1-963E-B688A228BE31" }""");

        Assert.Equal("6EBD1AC4-C34D-4AE1-963E-B688A228BE31", Operation.ParseResponse(body.RootElement).RequestId);
    }

    [Fact]
    public void ToUpdateRequest_FullRequest_KeepsEverythingUpdateCanChange()
    {
        var update = Full().ToUpdateRequest();

        Assert.Equal(
            new UpdateLiveAppRecordConfigRequest
            {
                DomainName = "example.com",
                AppName = "liveApp",
                OssEndpoint = "oss-cn-beijing.aliyuncs.com",
                StreamName = "liveStream",
                StartTime = "2026-03-01T11:00:00Z",
                EndTime = "2026-03-02T11:00:00Z",
                OnDemand = 0,
                DelayTime = 180,
                RecordFormat = update.RecordFormat,
                TranscodeRecordFormat = update.TranscodeRecordFormat,
                TranscodeTemplates = update.TranscodeTemplates,
            },
            update);
        Assert.Equal([new RecordFormatItem { Format = "m3u8", CycleDuration = 3600, SliceDuration = 30 }], update.RecordFormat!);
        Assert.Equal([new RecordFormatItem { Format = "mp4", CycleDuration = 21600 }], update.TranscodeRecordFormat!);
        Assert.Equal(["sd"], update.TranscodeTemplates!);
    }

    [Fact]
    public void ToUpdateRequest_NullItem_StaysAtItsPosition()
    {
        var request = new AddLiveAppRecordConfigRequest { RecordFormat = [null!, new AddRecordFormatItem { Format = "flv" }] };

        var items = request.ToUpdateRequest().RecordFormat!;

        Assert.Equal(2, items.Count);
        Assert.Null(items[0]);
        Assert.Equal("flv", items[1].Format);
    }

    [Fact]
    public void Deserialize_DocumentShapedBody_FillsEveryField()
    {
        const string json = """
            {
              "DomainName": "example.com",
              "AppName": "liveApp",
              "OssEndpoint": "oss-cn-beijing.aliyuncs.com",
              "OssBucket": "live-bucket",
              "StreamName": "liveStream",
              "StartTime": "2026-03-01T11:00:00Z",
              "EndTime": "2026-03-02T11:00:00Z",
              "OnDemand": 0,
              "DelayTime": 180,
              "RecordFormat": [
                {
                  "Format": "m3u8",
                  "CycleDuration": 3600,
                  "OssObjectPrefix": "record/{AppName}/{StreamName}/{Sequence}_{EscapedStartTime}_{EscapedEndTime}",
                  "SliceOssObjectPrefix": "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}",
                  "SliceDuration": 30
                }
              ],
              "TranscodeRecordFormat": [ { "Format": "mp4", "CycleDuration": 21600, "OssObjectPrefix": "t/{StartTime}_{EndTime}" } ],
              "TranscodeTemplates": [ "sd" ]
            }
            """;

        var request = JsonSerializer.Deserialize<AddLiveAppRecordConfigRequest>(json)!;
        var expected = Full();

        Assert.Equal(expected with { RecordFormat = request.RecordFormat, TranscodeRecordFormat = request.TranscodeRecordFormat, TranscodeTemplates = request.TranscodeTemplates }, request);
        Assert.Equal(expected.RecordFormat!, request.RecordFormat!);
        Assert.Equal(expected.TranscodeRecordFormat!, request.TranscodeRecordFormat!);
        Assert.Equal(expected.TranscodeTemplates!, request.TranscodeTemplates!);
    }
}
