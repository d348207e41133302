using System.Net;
using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Tests.Functions.Support;
using static LiveFunctions.App.Tests.Functions.Support.Answers;
using static LiveFunctions.App.Tests.Functions.Support.FunctionsApp;

namespace LiveFunctions.App.Tests.Functions.SnapshotConfig;

public sealed class SnapshotConfigFunctionTests
{
    private const string Path = "/api/domains/example.com/apps/liveApp/snapshot-config";

    // The callback URL carries a function key, which must never reach a log line.
    private const string CallbackKey = "callback-function-key-77aa";
    private const string Body = $$"""{"TimeInterval":10,"SequenceOssObject":"snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg","Callback":"https://app.example.net/api/callbacks/snapshot?code={{CallbackKey}}"}""";

    [Fact]
    public async Task Put_ConfigExists_Updates()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(Ok("""{"RequestId":"SNAP-1"}""")));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, Body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("UpdateLiveAppSnapshotConfig", body.GetProperty("Action").GetString());
        Assert.Equal(Outcomes.Updated, body.GetProperty("Outcome").GetString());
        var sent = Assert.Single(app.Alibaba.Requests);
        Assert.Equal("UpdateLiveAppSnapshotConfig", ActionOf(sent));
        Assert.Equal("10", sent.QueryValue("TimeInterval"));
        Assert.Equal($"https://app.example.net/api/callbacks/snapshot?code={CallbackKey}", sent.QueryValue("Callback"));
        Assert.DoesNotContain(app.Logs.All, l => l.AllText.Contains(CallbackKey, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.All, l => l.AllText.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_NoConfig_NotFoundSayingThisRouteDoesNotCreate()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.BadRequest, "InvalidConfig.NotFound", "SVC-NF")));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, Body);

        AssertError(response, body, HttpStatusCode.NotFound, "InvalidConfig.NotFound");
        Assert.Contains("AddLiveAppSnapshotConfig", body.GetProperty("Message").GetString(), StringComparison.Ordinal);
        Assert.Equal("SVC-NF", body.GetProperty("RequestId").GetString());
    }

    [Fact]
    public async Task Put_BothObjectNames_DocumentCodeNothingSent()
    {
        await using var app = await StartAsync();

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, """{"OverwriteOssObject":"{AppName}/{StreamName}.jpg","SequenceOssObject":"s/{AppName}/{StreamName}/{UnixTimestamp}.jpg"}""");

        AssertError(response, body, HttpStatusCode.BadRequest, "InvalidOverwriteOssObjectOrSequenceOssObject.Malformed");
        Assert.Empty(app.Alibaba.Requests);
    }
}
