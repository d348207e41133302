using System.Net;
using System.Text;
using System.Text.Json;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.App.Tests.TestSupport;

namespace LiveFunctions.App.Tests.Hosting.Http;

public sealed class ProxiedHttpFunctionTests
{
    private static void MapRecordConfig(WebApplication app) =>
        app.MapPut("/api/domains/{DomainName}/apps/{AppName}/record-config",
                async (string domainName, string appName, HttpContext context) =>
                {
                    using var body = await JsonDocument.ParseAsync(context.Request.Body);
                    // Results.Json writes camelCase (web defaults).
                    return Results.Json(new
                    {
                        Domain = domainName,
                        App = appName,
                        Bucket = body.RootElement.GetProperty("OssBucket").GetString(),
                        Invocation = context.GetFunctionInvocationId(),
                        Query = context.Request.Query["dryRun"].ToString(),
                    });
                })
            .AsFunction("record-config", AuthLevel.Function);

    [Fact]
    public async Task Put_ProxiedRequestWithHostHeaders_ReachesThePlainEndpoint()
    {
        await using var app = await TestApp.StartAsync(underHost: true, MapRecordConfig);
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/domains/live.example.com/apps/app1/record-config?dryRun=true")
        {
            Content = new StringContent("""{"OssBucket":"bucket-1"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Azure-Functions-InvocationId", "5d0c9b8a-0000-4000-8000-000000000001");
        request.Headers.Add("X-Azure-Functions-HostVersion", "4.1040.0.0");
        request.Headers.Add("x-ms-invocation-id", "5d0c9b8a-0000-4000-8000-000000000001");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("live.example.com", body.RootElement.GetProperty("domain").GetString());
        Assert.Equal("app1", body.RootElement.GetProperty("app").GetString());
        Assert.Equal("bucket-1", body.RootElement.GetProperty("bucket").GetString());
        Assert.Equal("true", body.RootElement.GetProperty("query").GetString());
        Assert.Equal("5d0c9b8a-0000-4000-8000-000000000001", body.RootElement.GetProperty("invocation").GetString());
    }

    [Fact]
    public async Task Put_OnlyProxyInvocationHeader_UsesIt()
    {
        await using var app = await TestApp.StartAsync(underHost: true, MapRecordConfig);
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/domains/d/apps/a/record-config")
        {
            Content = new StringContent("""{"OssBucket":"b"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-ms-invocation-id", "proxy-id");

        using var response = await app.Client.SendAsync(request);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("proxy-id", body.RootElement.GetProperty("invocation").GetString());
    }

    [Fact]
    public async Task Put_UnderHostWithStandaloneKeyConfigured_DoesNotCheckKeys()
    {
        // The host enforces keys before proxying; the handler must not check them a second time.
        var settings = new Dictionary<string, string?> { ["Standalone:FunctionKey"] = "standalone-key-0123456789" };
        await using var app = await TestApp.StartAsync(underHost: true, MapRecordConfig, settings);

        using var response = await app.Client.PutAsync("/api/domains/d/apps/a/record-config", new StringContent("""{"OssBucket":"b"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
