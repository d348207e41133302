using LiveFunctions.App.Hosting;
using LiveFunctions.Testing;

namespace LiveFunctions.App.Tests.TestSupport;

/// <summary>
/// The app started in-process on a free loopback port with test functions mapped: either as the Functions custom handler
/// (FUNCTIONS_CUSTOMHANDLER_PORT given) or standalone (--urls).
/// </summary>
internal sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app, int port)
    {
        App = app;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>A storage connection string whose endpoints nothing listens on (port 1).</summary>
    public const string UnreachableStorage =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    public WebApplication App { get; }

    public int Port { get; }

    public HttpClient Client { get; }

    public static WebApplication Build(
        bool underHost, int port, Action<WebApplication> map,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        string[] args = underHost ? [$"--FUNCTIONS_CUSTOMHANDLER_PORT={port}"] : [$"--urls=http://127.0.0.1:{port}"];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (Environment.GetEnvironmentVariable("LF_TEST_LOGS") is null) { builder.Logging.ClearProviders(); }
        builder.AddFunctionsHosting();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseFunctionsHosting();
        map(app);
        return app;
    }

    public static async Task<TestApp> StartAsync(
        bool underHost, Action<WebApplication> map,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        // A started test app never reaches a developer's own Azurite on the standard ports: without a storage setting of
        // its own it gets endpoints on port 1, where nothing listens. Tests that need storage pass an Azurite of the run.
        if (settings is null || !settings.Keys.Any(key => key.StartsWith("AzureWebJobsStorage", StringComparison.OrdinalIgnoreCase)))
        {
            settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["AzureWebJobsStorage"] = UnreachableStorage };
        }

        var port = FreePort.Next();
        var app = Build(underHost, port, map, settings, services);
        await app.StartAsync();
        return new TestApp(app, port);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
