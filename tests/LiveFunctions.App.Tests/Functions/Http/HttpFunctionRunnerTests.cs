using System.Net;
using System.Text;
using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Tests.Functions.Support;
using LiveFunctions.Testing;
using static LiveFunctions.App.Tests.Functions.Support.Answers;
using static LiveFunctions.App.Tests.Functions.Support.FunctionsApp;

namespace LiveFunctions.App.Tests.Functions.Http;

/// <summary>The shared flow through a real route (snapshot-config): bad input never sends, failures map, every request logs once.</summary>
public sealed class HttpFunctionRunnerTests
{
    private const string Path = "/api/domains/example.com/apps/liveApp/snapshot-config";
    private const string Valid = """{"TimeInterval":10}""";

    private static Task<HttpResponseMessage> Always(HttpResponseMessage response) => Task.FromResult(response);

    [Theory]
    [InlineData("{\"TimeInterval\":", HttpFunctionCodes.MalformedJson)]
    [InlineData("{\"TimeInterval\":\"10\"}", HttpFunctionCodes.InvalidType)]
    [InlineData("{\"timeInterval\":10}", HttpFunctionCodes.UnknownParameter)]
    [InlineData("{\"DomainName\":\"other.example.com\"}", HttpFunctionCodes.RouteConflict)]
    [InlineData("{\"TimeInterval\":4}", "InvalidTimeInterval.Malformed")]
    public async Task Put_BadInput_BadRequestAndNothingSent(string body, string code)
    {
        await using var app = await StartAsync();

        var (response, answer) = await app.SendAsync(HttpMethod.Put, Path, body);

        AssertError(response, answer, HttpStatusCode.BadRequest, code);
        Assert.Empty(app.Alibaba.Requests);
        Assert.Contains(app.Logs.All, l => l.EventId.Id == 5002 && l.AllText.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_NotJsonContentType_StillReadAsJson()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Always(Ok("""{"RequestId":"R1"}""")));
        using var content = new StringContent(Valid, Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await app.Client.PutAsync(Path, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Put_ThrottledOnEveryAttempt_ServiceUnavailableWithRetryAfter()
    {
        await using var app = await StartAsync(new StubHttpMessageHandler((_, _) => Always(ServiceError(HttpStatusCode.BadRequest, "Throttling.User", "SVC-THROTTLED"))));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, Valid);

        AssertError(response, body, HttpStatusCode.ServiceUnavailable, "Throttling.User");
        Assert.Equal("SVC-THROTTLED", body.GetProperty("RequestId").GetString());
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal(3, app.Alibaba.Requests.Count);
        var failed = Assert.Single(app.Logs.All, l => l.EventId.Id == 5003);
        Assert.Equal(LogLevel.Warning, failed.Level);
        Assert.Contains("after 3 attempt(s)", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_ServiceAsksToWait_RetryAfterFromTheService()
    {
        await using var app = await StartAsync(new StubHttpMessageHandler((_, _) =>
        {
            var response = ServiceError(HttpStatusCode.BadRequest, "Throttling.User");
            response.Headers.TryAddWithoutValidation("x-acs-retry-after", "2");
            return Always(response);
        }));

        var (response, _) = await app.SendAsync(HttpMethod.Put, Path, Valid);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task Put_ThrottledThenOk_Applied()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Always(ServiceError(HttpStatusCode.BadRequest, "Throttling.User")));
        app.Alibaba.Enqueue((_, _) => Always(Ok("""{"RequestId":"R2"}""")));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, Valid);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("R2", body.GetProperty("RequestId").GetString());
        Assert.Equal(2, app.Alibaba.Requests.Count);
    }

    [Fact]
    public async Task Put_NetworkDownOnEveryAttempt_ServiceUnavailable()
    {
        await using var app = await StartAsync(new StubHttpMessageHandler((_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException("connection refused"))));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, Valid);

        AssertError(response, body, HttpStatusCode.ServiceUnavailable, "NetworkError");
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Put_SignatureRefused_BadGatewayAfterOneAttempt()
    {
        await using var app = await StartAsync(new StubHttpMessageHandler((_, _) => Always(ServiceError(HttpStatusCode.BadRequest, "SignatureDoesNotMatch"))));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, Valid);

        AssertError(response, body, HttpStatusCode.BadGateway, "SignatureDoesNotMatch");
        Assert.Single(app.Alibaba.Requests);
    }

    [Fact]
    public async Task Put_ProxyPageInsteadOfAnswer_BadGateway()
    {
        await using var app = await StartAsync(new StubHttpMessageHandler((_, _) => Always(StubHttpMessageHandler.Response(HttpStatusCode.NotFound, "<html>no</html>", "text/html"))));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, Valid);

        AssertError(response, body, HttpStatusCode.BadGateway, "HttpError");
    }

    [Fact]
    public async Task Put_Applied_OneLogLineWithTheCallAndNoSecret()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Always(Ok("""{"RequestId":"REQ-LOGGED"}""")));

        await app.SendAsync(HttpMethod.Put, Path, Valid);

        var applied = Assert.Single(app.Logs.All, l => l.EventId.Id == 5001);
        Assert.Equal("LiveFunctions.App.Functions", applied.Category);
        var values = applied.State.ToDictionary(s => s.Key, s => s.Value);
        Assert.Equal("snapshot-config", values["Function"]);
        Assert.Equal("UpdateLiveAppSnapshotConfig", values["Action"]);
        Assert.Equal("example.com/liveApp", values["Target"]);
        Assert.Equal("REQ-LOGGED", values["RequestId"]);
        Assert.Equal(200, values["StatusCode"]);
        Assert.True(values.ContainsKey("ElapsedMs"));
        Assert.DoesNotContain(app.Logs.All, l => l.AllText.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_DryRun_LoggedAsDryRunNothingSent()
    {
        await using var app = await StartAsync();

        var (response, _) = await app.SendAsync(HttpMethod.Put, Path + "?dryRun=true", Valid);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(app.Alibaba.Requests);
        Assert.Single(app.Logs.All, l => l.EventId.Id == 5004);
    }
}
