namespace LiveFunctions.Emulator;

/// <summary>Builds the emulator's web application; tests start it in-process on a real port with it.</summary>
public static class EmulatorHost
{
    /// <summary>Builds the emulator. <paramref name="configureServices"/> lets tests replace services such as the TimeProvider.</summary>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:7081");
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapGet("/", () => "LiveFunctions emulator");
        return app;
    }
}
