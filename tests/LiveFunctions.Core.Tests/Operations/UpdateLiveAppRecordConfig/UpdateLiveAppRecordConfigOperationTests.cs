using System.Globalization;
using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;

namespace LiveFunctions.Core.Tests.Operations.UpdateLiveAppRecordConfig;

public sealed class UpdateLiveAppRecordConfigOperationTests
{
    private static readonly UpdateLiveAppRecordConfigOperation Operation = UpdateLiveAppRecordConfigOperation.Instance;

    [Fact]
    public void Instance_IsTheLiveActionUpdateLiveAppRecordConfig()
    {
        Assert.Equal(AlibabaProduct.Live, Operation.Product);
        Assert.Equal("UpdateLiveAppRecordConfig", Operation.Action);
    }

    [Fact]
    public void ToParameters_EveryField_FlattensListsInDocumentOrder()
    {
        var request = new UpdateLiveAppRecordConfigRequest
        {
            DomainName = "example.com",
            AppName = "liveApp",
            OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
            StreamName = "liveStream",
            StartTime = "2026-03-01T11:00:00Z",
            EndTime = "2026-03-02T11:00:00Z",
            OnDemand = 7,
            DelayTime = 180,
            RecordFormat =
            [
                new RecordFormatItem { Format = "m3u8", CycleDuration = 3600, SliceDuration = 30 },
                new RecordFormatItem { Format = "mp4", CycleDuration = 21600 },
            ],
            TranscodeRecordFormat = [new RecordFormatItem { Format = "flv", CycleDuration = 7200 }],
            TranscodeTemplates = ["sd", "hd"],
        };

        var expected = new Dictionary<string, string>
        {
            ["DomainName"] = "example.com",
            ["AppName"] = "liveApp",
            ["OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
            ["StreamName"] = "liveStream",
            ["StartTime"] = "2026-03-01T11:00:00Z",
            ["EndTime"] = "2026-03-02T11:00:00Z",
            ["OnDemand"] = "7",
            ["DelayTime"] = "180",
            ["RecordFormat.1.CycleDuration"] = "3600",
            ["RecordFormat.1.Format"] = "m3u8",
            ["RecordFormat.1.SliceDuration"] = "30",
            ["RecordFormat.2.CycleDuration"] = "21600",
            ["RecordFormat.2.Format"] = "mp4",
            ["TranscodeRecordFormat.1.CycleDuration"] = "7200",
            ["TranscodeRecordFormat.1.Format"] = "flv",
            ["TranscodeTemplates.1"] = "sd",
            ["TranscodeTemplates.2"] = "hd",
        }.ToList();

        Assert.Equal(expected, Operation.ToParameters(request));
    }

    [Fact]
    public void ToParameters_SignatureVectorV1DRequest_GivesExactlyItsOperationParameters()
    {
        // spec/alibaba-openapi.md §1.5, vector V1-D: the operation parameters of the signed Live call.
        var request = new UpdateLiveAppRecordConfigRequest
        {
            DomainName = "example.com",
            AppName = "liveApp",
            OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
            RecordFormat = [new RecordFormatItem { Format = "m3u8", CycleDuration = 3600, SliceDuration = 30 }],
            TranscodeTemplates = ["sd"],
        };

        var names = Operation.ToParameters(request).Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "AppName=liveApp", "DomainName=example.com", "OssEndpoint=oss-cn-shanghai.aliyuncs.com",
                "RecordFormat.1.CycleDuration=3600", "RecordFormat.1.Format=m3u8", "RecordFormat.1.SliceDuration=30",
                "TranscodeTemplates.1=sd",
            ],
            names);
    }

    [Fact]
    public void ToParameters_NullAndEmptyFields_AreLeftOut()
    {
        var request = new UpdateLiveAppRecordConfigRequest
        {
            DomainName = "example.com",
            AppName = "liveApp",
            OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
            StreamName = "",
            RecordFormat = [new RecordFormatItem { Format = "flv" }],
        };

        Assert.Equal(
            ["DomainName", "AppName", "OssEndpoint", "RecordFormat.1.Format"],
            Operation.ToParameters(request).Select(p => p.Key));
    }

    [Fact]
    public void ToParameters_NullListItem_KeepsTheIndexOfTheNext()
    {
        var request = new UpdateLiveAppRecordConfigRequest { RecordFormat = [null!, new RecordFormatItem { Format = "flv" }] };

        Assert.Equal([new("RecordFormat.2.Format", "flv")], Operation.ToParameters(request));
    }

    [Fact]
    public void ToParameters_IntegersUnderACultureWithAnotherMinusSign_AreInvariant()
    {
        var culture = CultureInfo.GetCultureInfo("sv-SE");
        Assert.NotEqual("-", culture.NumberFormat.NegativeSign);
        var request = new UpdateLiveAppRecordConfigRequest
        {
            DelayTime = -15,
            RecordFormat = [new RecordFormatItem { Format = "flv", CycleDuration = -1 }],
        };

        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            var parameters = Operation.ToParameters(request).ToDictionary();
            Assert.Equal("-15", parameters["DelayTime"]);
            Assert.Equal("-1", parameters["RecordFormat.1.CycleDuration"]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ParseResponse_DocumentExample_ReadsRequestId()
    {
        using var body = JsonDocument.Parse("""{ "RequestId": "16A96B9A-F203-4EC5-8E43-CB92E68F4CD8" }""");

        Assert.Equal("16A96B9A-F203-4EC5-8E43-CB92E68F4CD8", Operation.ParseResponse(body.RootElement).RequestId);
    }

    [Fact]
    public void ParseResponse_NoRequestId_ReadsEmpty()
    {
        using var body = JsonDocument.Parse("{}");

        Assert.Equal("", Operation.ParseResponse(body.RootElement).RequestId);
    }

    [Fact]
    public void Deserialize_DocumentShapedBody_FillsEveryField()
    {
        const string json = """
            {
              "DomainName": "example.com",
              "AppName": "liveApp",
              "OssEndpoint": "oss-cn-shanghai.aliyuncs.com",
              "StreamName": "teststream",
              "StartTime": "2018-04-10T09:57:21Z",
              "EndTime": "2018-04-16T09:57:21Z",
              "OnDemand": 1,
              "DelayTime": 180,
              "RecordFormat": [ { "Format": "m3u8", "CycleDuration": 21600, "SliceDuration": 30 } ],
              "TranscodeRecordFormat": [ { "Format": "flv", "CycleDuration": 3600, "SliceDuration": 10 } ],
              "TranscodeTemplates": [ "sd", "hd" ]
            }
            """;

        var request = JsonSerializer.Deserialize<UpdateLiveAppRecordConfigRequest>(json)!;

        Assert.Equal("example.com", request.DomainName);
        Assert.Equal("liveApp", request.AppName);
        Assert.Equal("oss-cn-shanghai.aliyuncs.com", request.OssEndpoint);
        Assert.Equal("teststream", request.StreamName);
        Assert.Equal("2018-04-10T09:57:21Z", request.StartTime);
        Assert.Equal("2018-04-16T09:57:21Z", request.EndTime);
        Assert.Equal(1, request.OnDemand);
        Assert.Equal(180, request.DelayTime);
        Assert.Equal(new RecordFormatItem { Format = "m3u8", CycleDuration = 21600, SliceDuration = 30 }, Assert.Single(request.RecordFormat!));
        Assert.Equal(new RecordFormatItem { Format = "flv", CycleDuration = 3600, SliceDuration = 10 }, Assert.Single(request.TranscodeRecordFormat!));
        Assert.Equal(["sd", "hd"], request.TranscodeTemplates!);
    }
}
