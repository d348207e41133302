using System.Net;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Tests.TestSupport;

namespace LiveFunctions.App.Tests.Hosting.Keys;

public sealed class FunctionKeyMiddlewareTests
{
    private const string Key = "k3y-for-tests-0123456789";

    private static readonly Dictionary<string, string?> WithKey = new() { ["Standalone:FunctionKey"] = Key };

    private static void Map(WebApplication app)
    {
        app.MapGet("/api/secured", () => "ok").AsFunction("secured", AuthLevel.Function);
        app.MapGet("/api/admin-only", () => "ok").AsFunction("admin-only", AuthLevel.Admin);
        app.MapGet("/api/openapi.json", () => "{}").AsFunction("openapi", AuthLevel.Anonymous);
        app.MapFunction(new QueueFunction("test-executor", "test-work", (_, _) => ValueTask.CompletedTask));
    }

    [Theory]
    [InlineData("/api/secured")]
    [InlineData("/api/admin-only")]
    public async Task Get_KeyInHeader_IsAllowed(string path)
    {
        await using var app = await TestApp.StartAsync(underHost: false, Map, WithKey);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-functions-key", Key);

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_KeyInCodeQuery_IsAllowed()
    {
        await using var app = await TestApp.StartAsync(underHost: false, Map, WithKey);

        using var response = await app.Client.GetAsync("/api/secured?code=" + Uri.EscapeDataString(Key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData("k3y-for-tests-012345678")]
    public async Task Get_MissingOrWrongKey_Answers401(string? given)
    {
        await using var app = await TestApp.StartAsync(underHost: false, Map, WithKey);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/secured");
        if (given is not null)
        {
            request.Headers.Add("x-functions-key", given);
        }

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_AnonymousFunctionAndRoot_NeedNoKey()
    {
        await using var app = await TestApp.StartAsync(underHost: false, Map, WithKey);

        using var anonymous = await app.Client.GetAsync("/api/openapi.json");
        using var root = await app.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
    }

    [Fact]
    public async Task Post_InvocationEndpointStandaloneWithKey_RequiresTheKey()
    {
        await using var app = await TestApp.StartAsync(underHost: false, Map, WithKey);
        const string Envelope = """{"Data":{"message":"{}"},"Metadata":{}}""";

        using var without = await app.Client.PostAsync("/test-executor", new StringContent(Envelope));
        using var with = await app.Client.PostAsync("/test-executor?code=" + Uri.EscapeDataString(Key), new StringContent(Envelope));

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    [Fact]
    public async Task Get_StandaloneWithoutConfiguredKey_IsOpen()
    {
        await using var app = await TestApp.StartAsync(underHost: false, Map);

        using var response = await app.Client.GetAsync("/api/secured");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
