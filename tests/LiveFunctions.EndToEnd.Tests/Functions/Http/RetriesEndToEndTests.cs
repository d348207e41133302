using System.Net;
using LiveFunctions.EndToEnd.Tests.Support;
using static LiveFunctions.EndToEnd.Tests.Support.AppCalls;

namespace LiveFunctions.EndToEnd.Tests.Functions.Http;

/// <summary>Throttling and 503s from the emulator: retried by the client, and reported as 503 + Retry-After when they last.</summary>
[Collection(PackCollection.Name)]
public sealed class RetriesEndToEndTests(PackFixture pack) : IAsyncLifetime
{
    private const string Path = "/api/domains/example.com/apps/liveApp/record-config";
    private const string Update = """{"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","DelayTime":300,"RecordFormat":[{"Format":"flv"}]}""";
    private const string Action = "UpdateLiveAppRecordConfig";

    public async Task InitializeAsync()
    {
        await pack.ResetAsync();
        var (created, _) = await pack.App.SendJsonAsync(HttpMethod.Put, Path, """
            {"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"live-bucket",
             "RecordFormat":[{"Format":"flv","OssObjectPrefix":"record/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}"}]}
            """);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await pack.Emulator.ClearRequestsAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Put_ThrottledThenOk_Applied()
    {
        await pack.Emulator.SetFaultsAsync(new EmulatorFault(Action, "Throttle", Count: 1));

        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Put, Path, Update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Action, body.GetProperty("Action").GetString());
        var log = await pack.Emulator.RequestsAsync();
        Assert.Equal([(Action, 400, "Throttling.User"), (Action, 200, null)], log.Select(r => (r.Action!, r.StatusCode, r.Code)).ToArray());
    }

    [Fact]
    public async Task Put_ServiceUnavailableThenOk_Applied()
    {
        await pack.Emulator.SetFaultsAsync(new EmulatorFault(Action, "ServiceUnavailable", Count: 1));

        var (response, _) = await pack.App.SendJsonAsync(HttpMethod.Put, Path, Update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var log = await pack.Emulator.RequestsAsync();
        Assert.Equal([503, 200], log.Select(r => r.StatusCode).ToArray());
    }

    [Fact]
    public async Task Put_ServiceUnavailableOnEveryAttempt_ServiceUnavailableWithRetryAfter()
    {
        await pack.Emulator.SetFaultsAsync(new EmulatorFault(Action, "ServiceUnavailable"));

        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Put, Path, Update);

        AssertError(response, body, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        var log = await pack.Emulator.RequestsAsync();
        Assert.Equal(4, log.Count);
        Assert.All(log, r => Assert.Equal((Action, 503), (r.Action!, r.StatusCode)));
    }

    [Fact]
    public async Task Put_ThrottledOnEveryAttempt_ServiceUnavailableWithRetryAfter()
    {
        await pack.Emulator.SetFaultsAsync(new EmulatorFault(Action, "Throttle"));

        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Put, Path, Update);

        AssertError(response, body, HttpStatusCode.ServiceUnavailable, "Throttling.User");
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.All(await pack.Emulator.RequestsAsync(), r => Assert.Equal("Throttling.User", r.Code));
    }
}
