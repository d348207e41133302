using System.Net;
using System.Text;
using System.Text.Json;
using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Hosting;
using LiveFunctions.Core.DependencyInjection;
using LiveFunctions.Testing;

namespace LiveFunctions.App.Tests.Functions.Support;

/// <summary>
/// The app with its HTTP functions, composed as Program.cs composes it (hosting, the Alibaba client, MapHttpFunctions),
/// started standalone on a free loopback port, with the client's transport replaced by a stub: every outbound call
/// lands in <see cref="Alibaba"/>. Retries wait 1 ms so that retried calls stay fast.
/// </summary>
internal sealed class FunctionsApp : IAsyncDisposable
{
    /// <summary>The AccessKey secret configured; tests check it never shows up in logs or answers.</summary>
    public const string Secret = "app-tests-secret-3f9c";

    private FunctionsApp(WebApplication app, int port, StubHttpMessageHandler alibaba, CapturedLogs logs)
    {
        App = app;
        Alibaba = alibaba;
        Logs = logs;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }

    /// <summary>What the Alibaba client sent; queue its answers here.</summary>
    public StubHttpMessageHandler Alibaba { get; }

    public CapturedLogs Logs { get; }

    public HttpClient Client { get; }

    /// <summary>Starts the app; <paramref name="map"/> may map more functions after the HTTP functions.</summary>
    public static async Task<FunctionsApp> StartAsync(
        StubHttpMessageHandler? alibaba = null, Action<WebApplication>? map = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var stub = alibaba ?? new StubHttpMessageHandler();
        var logs = new CapturedLogs();
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [$"--urls=http://127.0.0.1:{port}"],
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Alibaba:AccessKeyId"] = "app-tests-id",
            ["Alibaba:AccessKeySecret"] = Secret,
            ["Alibaba:LiveEndpoint"] = "https://live.example.test",
            ["Alibaba:IceEndpoint"] = "https://ice.example.test",
            ["Alibaba:Retry:MaxAttempts"] = "3",
            ["Alibaba:Retry:BaseDelay"] = "00:00:00.001",
            ["Alibaba:Retry:MaxDelay"] = "00:00:00.001",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        builder.AddFunctionsHosting();
        builder.Services.AddAlibabaOpenApi().ConfigurePrimaryHttpMessageHandler(() => stub);
        var app = builder.Build();
        app.UseFunctionsHosting();
        app.MapHttpFunctions();
        map?.Invoke(app);
        await app.StartAsync();
        return new FunctionsApp(app, port, stub, logs);
    }

    /// <summary>Sends a request with a JSON (or any) body and reads the answer as JSON.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response, document.RootElement.Clone());
    }

    /// <summary>An Alibaba success answer.</summary>
    public static HttpResponseMessage Ok(string json) => StubHttpMessageHandler.Response(HttpStatusCode.OK, json);

    /// <summary>An Alibaba error answer.</summary>
    public static HttpResponseMessage ServiceError(HttpStatusCode status, string code, string requestId = "SERVICE-REQ-1") =>
        StubHttpMessageHandler.Response(status, $$"""{"RequestId":"{{requestId}}","HostId":"live.example.test","Code":"{{code}}","Message":"{{code}} happened."}""");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

/// <summary>Assertions on the HTTP functions' answers.</summary>
internal static class Answers
{
    /// <summary>The error body has exactly Code, Message and RequestId, with this status and code.</summary>
    public static void AssertError(HttpResponseMessage response, JsonElement body, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new[] { "Code", "Message", "RequestId" }, body.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(code, body.GetProperty("Code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("Message").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("RequestId").GetString()));
    }

    /// <summary>The OpenAPI action a stub request was signed for (V3: the <c>x-acs-action</c> header).</summary>
    public static string ActionOf(StubRequest request) => request.Header("x-acs-action") ?? string.Empty;
}
