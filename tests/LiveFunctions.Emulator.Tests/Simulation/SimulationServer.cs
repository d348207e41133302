using LiveFunctions.Emulator.LiveConfig;
using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Simulation;
using LiveFunctions.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveFunctions.Emulator.Tests.Simulation;

/// <summary>
/// A minimal web app on a free loopback port that hosts the simulation (services, developer endpoints, hosted
/// snapshot scheduler) on a ManualTimeProvider; its actions are invoked in-process against the same services.
/// </summary>
internal sealed class SimulationServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SimulationServer(WebApplication app, ManualTimeProvider clock, Uri baseAddress)
    {
        _app = app;
        Clock = clock;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Actions = new EmulatorActionTable();
        SimulationModule.RegisterActions(Actions, app.Services);
    }

    public ManualTimeProvider Clock { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public EmulatorActionTable Actions { get; }

    public LiveConfigStore Configs => _app.Services.GetRequiredService<LiveConfigStore>();

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public static async Task<SimulationServer> StartAsync(DateTimeOffset? now = null, IDictionary<string, string?>? settings = null)
    {
        var clock = new ManualTimeProvider(now ?? SimulationHarness.DefaultNow);
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<LiveConfigStore>();
        SimulationModule.AddServices(builder.Services);
        var app = builder.Build();
        SimulationModule.MapEndpoints(app);
        await app.StartAsync();
        return new SimulationServer(app, clock, new Uri($"http://127.0.0.1:{port}"));
    }

    public ActionResult Live(string action, params (string Name, string Value)[] parameters) =>
        ActionInvoker.Invoke(Actions, Clock, "2016-11-01", action, parameters);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
