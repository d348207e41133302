using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.UpdateLiveAppSnapshotConfig;

namespace LiveFunctions.Core.Tests.Operations.UpdateLiveAppSnapshotConfig;

public sealed class UpdateLiveAppSnapshotConfigOperationTests
{
    private static readonly UpdateLiveAppSnapshotConfigOperation Operation = UpdateLiveAppSnapshotConfigOperation.Instance;

    private static UpdateLiveAppSnapshotConfigRequest Full() => new()
    {
        DomainName = "example.com",
        AppName = "liveApp",
        TimeInterval = 5,
        OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
        OssBucket = "live-bucket",
        OverwriteOssObject = "-",
        SequenceOssObject = "snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg",
        Callback = "https://learn.aliyundoc.com",
    };

    [Fact]
    public void Instance_IsTheLiveActionUpdateLiveAppSnapshotConfig()
    {
        Assert.Equal(AlibabaProduct.Live, Operation.Product);
        Assert.Equal("UpdateLiveAppSnapshotConfig", Operation.Action);
    }

    [Fact]
    public void ToParameters_EveryField_InDocumentOrder()
    {
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["DomainName"] = "example.com",
                ["AppName"] = "liveApp",
                ["TimeInterval"] = "5",
                ["OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
                ["OssBucket"] = "live-bucket",
                ["OverwriteOssObject"] = "-",
                ["SequenceOssObject"] = "snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg",
                ["Callback"] = "https://learn.aliyundoc.com",
            }.ToList(),
            Operation.ToParameters(Full()));
    }

    [Fact]
    public void ToParameters_NullFields_AreLeftOut()
    {
        var request = new UpdateLiveAppSnapshotConfigRequest { DomainName = "example.com", AppName = "liveApp", TimeInterval = 60, Callback = "" };

        Assert.Equal(
            [new("DomainName", "example.com"), new("AppName", "liveApp"), new("TimeInterval", "60")],
            Operation.ToParameters(request));
    }

    [Fact]
    public void ParseResponse_DocumentExample_ReadsRequestId()
    {
        using var body = JsonDocument.Parse("""{ "RequestId": "16A96B9A-F203-4EC5-8E43-CB92E68F4CD8" }""");

        Assert.Equal("16A96B9A-F203-4EC5-8E43-CB92E68F4CD8", Operation.ParseResponse(body.RootElement).RequestId);
    }

    [Fact]
    public void Deserialize_DocumentShapedBody_FillsEveryField()
    {
        const string json = """
            {
              "DomainName": "example.com",
              "AppName": "liveApp",
              "TimeInterval": 5,
              "OssEndpoint": "oss-cn-shanghai.aliyuncs.com",
              "OssBucket": "live-bucket",
              "OverwriteOssObject": "-",
              "SequenceOssObject": "snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg",
              "Callback": "https://learn.aliyundoc.com"
            }
            """;

        Assert.Equal(Full(), JsonSerializer.Deserialize<UpdateLiveAppSnapshotConfigRequest>(json));
    }
}
