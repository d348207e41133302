using System.Net;
using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Tests.Functions.Support;
using static LiveFunctions.App.Tests.Functions.Support.Answers;
using static LiveFunctions.App.Tests.Functions.Support.FunctionsApp;

namespace LiveFunctions.App.Tests.Functions.VodRecordConfig;

public sealed class VodRecordConfigFunctionTests
{
    private const string Path = "/api/domains/example.com/apps/liveApp/vod-record-config";
    private const string Body = """{"VodTranscodeGroupId":"e2d796d3bb5fd8049d32bff62f94aaaa","CycleDuration":300,"StreamName":"stream1"}""";

    [Fact]
    public async Task Put_Valid_AddsTheConfig()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(Ok("""{"RequestId":"VOD-1"}""")));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, Body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("AddLiveRecordVodConfig", body.GetProperty("Action").GetString());
        Assert.Equal("VOD-1", body.GetProperty("RequestId").GetString());
        Assert.Equal(Outcomes.Created, body.GetProperty("Outcome").GetString());
        var sent = Assert.Single(app.Alibaba.Requests);
        Assert.Equal("AddLiveRecordVodConfig", ActionOf(sent));
        Assert.Equal("liveApp", sent.QueryValue("AppName"));
        Assert.Equal("stream1", sent.QueryValue("StreamName"));
        Assert.Equal("300", sent.QueryValue("CycleDuration"));
    }

    [Fact]
    public async Task Put_RetriedAddAlreadyExists_CreatedByTheEarlierAttempt()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable")));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.BadRequest, "ConfigAlreadyExists", "SVC-EXISTS")));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, Body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Outcomes.CreatedByEarlierAttempt, body.GetProperty("Outcome").GetString());
        Assert.Equal("SVC-EXISTS", body.GetProperty("RequestId").GetString());
        Assert.Contains(app.Logs.All, l => l.EventId.Id == 5006 && l.AllText.Contains("not verified", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_FirstAttemptAlreadyExists_ServiceError()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.BadRequest, "ConfigAlreadyExists")));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, Body);

        AssertError(response, body, HttpStatusCode.BadRequest, "ConfigAlreadyExists");
    }

    [Fact]
    public async Task Put_DocumentRuleBroken_DocumentCodeNothingSent()
    {
        await using var app = await StartAsync();

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, """{"VodTranscodeGroupId":"g","CycleDuration":100}""");

        AssertError(response, body, HttpStatusCode.BadRequest, "InvalidCycleDuration.Malformed");
        Assert.Empty(app.Alibaba.Requests);
    }

    [Fact]
    public async Task Put_DryRun_ParametersNothingSent()
    {
        await using var app = await StartAsync();

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path + "?dryRun=true", Body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("AddLiveRecordVodConfig", body.GetProperty("Action").GetString());
        Assert.Equal("e2d796d3bb5fd8049d32bff62f94aaaa", body.GetProperty("Parameters").GetProperty("VodTranscodeGroupId").GetString());
        Assert.Empty(app.Alibaba.Requests);
    }
}
