using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.AddLiveRecordVodConfig;

namespace LiveFunctions.Core.Tests.Operations.AddLiveRecordVodConfig;

public sealed class AddLiveRecordVodConfigOperationTests
{
    private static readonly AddLiveRecordVodConfigOperation Operation = AddLiveRecordVodConfigOperation.Instance;

    private static AddLiveRecordVodConfigRequest Full() => new()
    {
        RegionId = "cn-shanghai",
        DomainName = "example.com",
        AppName = "testName",
        StreamName = "stream",
        VodTranscodeGroupId = "e2d796d3bb5fd8049d32bff62f94****",
        CycleDuration = 300,
        AutoCompose = "ON",
        StorageLocation = "****-tjptr2vatm.oss-cn-shanghai.aliyuncs.com",
        ComposeVodTranscodeGroupId = "*****",
        OnDemand = 0,
    };

    [Fact]
    public void Instance_IsTheLiveActionAddLiveRecordVodConfig()
    {
        Assert.Equal(AlibabaProduct.Live, Operation.Product);
        Assert.Equal("AddLiveRecordVodConfig", Operation.Action);
    }

    [Fact]
    public void ToParameters_EveryField_InDocumentOrder()
    {
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["RegionId"] = "cn-shanghai",
                ["DomainName"] = "example.com",
                ["AppName"] = "testName",
                ["StreamName"] = "stream",
                ["VodTranscodeGroupId"] = "e2d796d3bb5fd8049d32bff62f94****",
                ["CycleDuration"] = "300",
                ["AutoCompose"] = "ON",
                ["StorageLocation"] = "****-tjptr2vatm.oss-cn-shanghai.aliyuncs.com",
                ["ComposeVodTranscodeGroupId"] = "*****",
                ["OnDemand"] = "0",
            }.ToList(),
            Operation.ToParameters(Full()));
    }

    [Fact]
    public void ToParameters_NullFields_AreLeftOut()
    {
        var request = new AddLiveRecordVodConfigRequest { DomainName = "example.com", AppName = "app", VodTranscodeGroupId = "g", StreamName = "" };

        Assert.Equal(["DomainName", "AppName", "VodTranscodeGroupId"], Operation.ToParameters(request).Select(p => p.Key));
    }

    [Fact]
    public void ParseResponse_DocumentExample_ReadsRequestId()
    {
        using var body = JsonDocument.Parse("""{ "RequestId": "16A96B9A-F203-4EC5-8E43-CB92E68F****" }""");

        Assert.Equal("16A96B9A-F203-4EC5-8E43-CB92E68F****", Operation.ParseResponse(body.RootElement).RequestId);
    }

    [Fact]
    public void Deserialize_DocumentShapedBody_FillsEveryField()
    {
        const string json = """
            {
              "RegionId": "cn-shanghai",
              "DomainName": "example.com",
              "AppName": "testName",
              "StreamName": "stream",
              "VodTranscodeGroupId": "e2d796d3bb5fd8049d32bff62f94****",
              "CycleDuration": 300,
              "AutoCompose": "ON",
              "StorageLocation": "****-tjptr2vatm.oss-cn-shanghai.aliyuncs.com",
              "ComposeVodTranscodeGroupId": "*****",
              "OnDemand": 0
            }
            """;

        Assert.Equal(Full(), JsonSerializer.Deserialize<AddLiveRecordVodConfigRequest>(json));
    }
}
