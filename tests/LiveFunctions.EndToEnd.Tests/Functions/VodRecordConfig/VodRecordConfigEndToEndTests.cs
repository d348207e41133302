using System.Net;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.EndToEnd.Tests.Support;

namespace LiveFunctions.EndToEnd.Tests.Functions.VodRecordConfig;

[Collection(PackCollection.Name)]
public sealed class VodRecordConfigEndToEndTests(PackFixture pack) : IAsyncLifetime
{
    private const string Path = "/api/domains/example.com/apps/liveApp/vod-record-config";
    private const string Body = """{"VodTranscodeGroupId":"e2d796d3bb5fd8049d32bff62f94aaaa","CycleDuration":900,"StreamName":"stream1"}""";

    public Task InitializeAsync() => pack.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Put_Valid_TheEmulatorListsTheNewConfig()
    {
        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Put, Path, Body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("AddLiveRecordVodConfig", body.GetProperty("Action").GetString());
        var listed = await pack.Alibaba.CallAsync(AlibabaProduct.Live, "DescribeLiveRecordVodConfigs", ("DomainName", "example.com"), ("AppName", "liveApp"));
        var config = Assert.Single(listed.GetProperty("LiveRecordVodConfigs").GetProperty("LiveRecordVodConfig").EnumerateArray());
        Assert.Equal("stream1", config.GetProperty("StreamName").GetString());
        Assert.Equal("e2d796d3bb5fd8049d32bff62f94aaaa", config.GetProperty("VodTranscodeGroupId").GetString());
        Assert.Equal(900, config.GetProperty("CycleDuration").GetInt32());
    }

    [Fact]
    public async Task Put_Twice_SecondAnswersTheServicesConfigAlreadyExists()
    {
        await pack.App.SendJsonAsync(HttpMethod.Put, Path, Body);

        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Put, Path, Body);

        AppCalls.AssertError(response, body, HttpStatusCode.BadRequest, "ConfigAlreadyExists");
        var log = await pack.Emulator.RequestsAsync();
        Assert.Equal("ConfigAlreadyExists", log[^1].Code);
    }
}
