using System.Net;
using LiveFunctions.Core.Operations.DescribeLiveRecordConfig;
using LiveFunctions.EndToEnd.Tests.Support;

namespace LiveFunctions.EndToEnd.Tests.Functions.RecordConfig;

[Collection(PackCollection.Name)]
public sealed class RecordConfigEndToEndTests(PackFixture pack) : IAsyncLifetime
{
    private const string Path = "/api/domains/example.com/apps/liveApp/record-config";

    private const string CreateBody = """
        {"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"live-bucket","DelayTime":180,
         "RecordFormat":[{"Format":"m3u8","SliceDuration":30,"OssObjectPrefix":"record/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}",
                          "SliceOssObjectPrefix":"record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}"}]}
        """;

    public Task InitializeAsync() => pack.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<LiveAppRecord> DescribeAsync()
    {
        var page = await pack.Alibaba.DescribeLiveRecordConfigAsync(new DescribeLiveRecordConfigRequest { DomainName = "example.com", AppName = "liveApp" });
        return Assert.Single(page.LiveAppRecordList);
    }

    [Fact]
    public async Task Put_NoConfigYet_FallsBackToAddAndTheEmulatorHasIt()
    {
        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Put, Path, CreateBody);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("AddLiveAppRecordConfig", body.GetProperty("Action").GetString());
        var log = await pack.Emulator.RequestsAsync();
        Assert.Equal(["UpdateLiveAppRecordConfig", "AddLiveAppRecordConfig"], log.Select(r => r.Action!).ToArray());
        Assert.Equal("InvalidConfig.NotFound", log[0].Code);
        Assert.Null(log[1].Code);
        var config = await DescribeAsync();
        Assert.Equal("live-bucket", config.OssBucket);
        Assert.Equal(180, config.DelayTime);
        Assert.Equal("record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}", Assert.Single(config.RecordFormatList).SliceOssObjectPrefix);
    }

    [Fact]
    public async Task Put_ConfigExists_UpdatesItInTheEmulator()
    {
        await pack.App.SendJsonAsync(HttpMethod.Put, Path, CreateBody);
        await pack.Emulator.ClearRequestsAsync();

        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Put, Path, """
            {"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","DelayTime":600,"RecordFormat":[{"Format":"m3u8","SliceDuration":10}]}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("UpdateLiveAppRecordConfig", body.GetProperty("Action").GetString());
        var sent = Assert.Single(await pack.Emulator.RequestsAsync());
        Assert.Equal("UpdateLiveAppRecordConfig", sent.Action);
        Assert.Equal("600", sent.Parameters["DelayTime"]);
        var config = await DescribeAsync();
        Assert.Equal(600, config.DelayTime);
        Assert.Equal(10, Assert.Single(config.RecordFormatList).SliceDuration);
        Assert.Equal("live-bucket", config.OssBucket);
    }

    [Fact]
    public async Task Put_NoConfigAndNoBucket_NotFoundAndOnlyTheUpdateWasSent()
    {
        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Put, Path, """{"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","RecordFormat":[{"Format":"flv"}]}""");

        AppCalls.AssertError(response, body, HttpStatusCode.NotFound, "InvalidConfig.NotFound");
        Assert.Contains("include OssBucket", body.GetProperty("Message").GetString(), StringComparison.Ordinal);
        var sent = Assert.Single(await pack.Emulator.RequestsAsync());
        Assert.Equal("UpdateLiveAppRecordConfig", sent.Action);
    }
}
