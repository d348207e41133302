using LiveFunctions.Emulator.LiveConfig;
using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Protocol.Developer;
using LiveFunctions.Emulator.Protocol.Persistence;
using LiveFunctions.Emulator.Simulation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LiveFunctions.Emulator;

/// <summary>Builds the emulator's web application; tests start it in-process on a real port with it.</summary>
public static class EmulatorHost
{
    /// <summary>Where the emulator listens unless <c>--urls</c> / <c>ASPNETCORE_URLS</c> say otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:7081";

    /// <summary>Builds the emulator. <paramref name="configureServices"/> lets tests replace services such as the TimeProvider.</summary>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseUrls(builder.Configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } urls ? urls : DefaultUrl);

        builder.Services.AddEmulatorProtocol();
        builder.Services.AddLiveConfig();
        SimulationModule.AddServices(builder.Services);
        configureServices?.Invoke(builder.Services);
        builder.Services.TryAddSingleton(TimeProvider.System);

        var app = builder.Build();
        var table = app.Services.GetRequiredService<EmulatorActionTable>();
        LiveConfigActions.Register(table, app.Services);
        SimulationModule.RegisterActions(table, app.Services);
        app.Services.GetRequiredService<EmulatorPersistence>().Load();

        app.MapProtocolDeveloperEndpoints();
        SimulationModule.MapEndpoints(app);
        app.MapOpenApiEndpoint();
        return app;
    }
}
