using System.Net;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.EndToEnd.Tests.Support;

namespace LiveFunctions.EndToEnd.Tests.Functions.SnapshotConfig;

[Collection(PackCollection.Name)]
public sealed class SnapshotConfigEndToEndTests(PackFixture pack) : IAsyncLifetime
{
    private const string Path = "/api/domains/example.com/apps/liveApp/snapshot-config";

    public Task InitializeAsync() => pack.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Put_ConfigExists_TheEmulatorHasTheChange()
    {
        await pack.Alibaba.CallAsync(
            AlibabaProduct.Live, "AddLiveAppSnapshotConfig",
            ("DomainName", "example.com"), ("AppName", "liveApp"), ("TimeInterval", "5"), ("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"),
            ("OssBucket", "snap-bucket"), ("SequenceOssObject", "snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg"));

        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Put, Path, """
            {"TimeInterval":30,"Callback":"https://hooks.example.net/api/callbacks/snapshot"}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("UpdateLiveAppSnapshotConfig", body.GetProperty("Action").GetString());
        var listed = await pack.Alibaba.CallAsync(AlibabaProduct.Live, "DescribeLiveSnapshotConfig", ("DomainName", "example.com"), ("AppName", "liveApp"));
        var config = Assert.Single(listed.GetProperty("LiveStreamSnapshotConfigList").GetProperty("LiveStreamSnapshotConfig").EnumerateArray());
        Assert.Equal(30, config.GetProperty("TimeInterval").GetInt32());
        Assert.Equal("https://hooks.example.net/api/callbacks/snapshot", config.GetProperty("Callback").GetString());
        Assert.Equal("snap-bucket", config.GetProperty("OssBucket").GetString());
    }

    [Fact]
    public async Task Put_NoConfig_NotFoundWithTheServiceRequestId()
    {
        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Put, Path, """{"TimeInterval":30}""");

        AppCalls.AssertError(response, body, HttpStatusCode.NotFound, "InvalidConfig.NotFound");
        var sent = Assert.Single(await pack.Emulator.RequestsAsync());
        Assert.Equal("UpdateLiveAppSnapshotConfig", sent.Action);
        Assert.Equal("InvalidConfig.NotFound", sent.Code);
    }
}
