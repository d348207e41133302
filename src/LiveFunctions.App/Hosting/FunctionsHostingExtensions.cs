using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.FunctionJson;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Keys;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.App.Hosting.Timers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LiveFunctions.App.Hosting;

/// <summary>The hosting of the Function App: custom handler under the Functions host, or standalone.</summary>
public static class FunctionsHostingExtensions
{
    /// <summary>
    /// Detects the mode, loads host.json, applies the standalone defaults (standalone only), chooses the listen URL
    /// (<c>127.0.0.1:{FUNCTIONS_CUSTOMHANDLER_PORT}</c>; standalone <c>--urls</c>/<c>ASPNETCORE_URLS</c> or
    /// <c>http://127.0.0.1:7071</c>) and registers dispatch, keys and the standalone trigger sources.
    /// </summary>
    public static WebApplicationBuilder AddFunctionsHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var mode = FunctionsHostingMode.Detect(configuration);
        var hostJsonPath = HostJsonConfiguration.Apply(configuration, builder.Environment.ContentRootPath);
        if (mode.Standalone)
        {
            StandaloneDefaults.Apply(configuration);
        }

        if (mode.CustomHandlerPort is { } port)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }
        else if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["http_ports"]) && string.IsNullOrEmpty(configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(StandaloneDefaults.Url);
        }

        var services = builder.Services;
        services.AddSingleton(mode);
        services.AddSingleton(new HostJsonFile(hostJsonPath));
        services.AddOptions<HostJsonOptions>()
            .BindConfiguration(HostJsonOptions.Section)
            .Validate(o => o.Extensions.Queues.BatchSize is >= 1 and <= 32, "host.json extensions.queues.batchSize must be 1-32.")
            .Validate(o => o.Extensions.Queues.MaxDequeueCount >= 1, "host.json extensions.queues.maxDequeueCount must be at least 1.")
            .Validate(o => o.Extensions.Queues.VisibilityTimeout >= TimeSpan.Zero, "host.json extensions.queues.visibilityTimeout must not be negative.")
            .Validate(o => o.Extensions.Queues.MaxPollingInterval >= TimeSpan.FromMilliseconds(100), "host.json extensions.queues.maxPollingInterval must be at least 00:00:00.1.")
            .ValidateOnStart();
        services.AddOptions<StandaloneOptions>()
            .BindConfiguration(StandaloneOptions.Section)
            .Validate(o => o.FunctionKey is null || o.FunctionKey.Trim().Length == o.FunctionKey.Length && o.FunctionKey.Length > 0, "Standalone:FunctionKey must not be empty or have surrounding spaces.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FunctionCatalog>();
        services.AddSingleton<FunctionDispatcher>();
        services.AddSingleton<QueueMessageDispatcher>();
        if (mode.Standalone)
        {
            StandaloneServices.Add(services);
        }

        services.TryAddSingleton<ITimerStatusStore, InMemoryTimerStatusStore>();
        services.TryAddSingleton<IQueueOutputWriter, UnconfiguredQueueOutputWriter>();
        if (mode.Standalone)
        {
            services.AddSingleton<TimerScheduler>();
            services.AddHostedService(sp => sp.GetRequiredService<TimerScheduler>());
        }

        return builder;
    }

    /// <summary>
    /// Connects the function catalog to the app, adds the standalone key check and the HTTP function logging, and maps
    /// <c>GET /</c> (the host's readiness probe). Map the function groups after this.
    /// </summary>
    public static WebApplication UseFunctionsHosting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var catalog = app.Services.GetRequiredService<FunctionCatalog>();
        catalog.Attach(app);
        app.UseMiddleware<HttpFunctionLoggingMiddleware>();
        app.UseMiddleware<FunctionKeyMiddleware>();
        app.MapGet("/", () => Results.Text("LiveFunctions", "text/plain")).WithDisplayName("readiness");

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var mode = app.Services.GetRequiredService<FunctionsHostingMode>();
            var hostJson = app.Services.GetRequiredService<HostJsonFile>();
            HostingLog.HostingStarted(
                app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FunctionsHostingExtensions)),
                mode.UnderFunctionsHost ? "as the Functions custom handler" : "standalone",
                catalog.Names.Count,
                hostJson.Path ?? "(none found; Functions defaults)");
        });

        return app;
    }

    /// <summary>
    /// With <c>--emit-functions &lt;dir&gt;</c>: writes every function.json into the directory and returns 0 without
    /// starting the server. Otherwise runs the app.
    /// </summary>
    public static async Task<int> RunFunctionsAppAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (FunctionJsonEmitter.TryGetDirectory(args, out var directory))
        {
            var names = FunctionJsonEmitter.Emit(app.Services.GetRequiredService<FunctionCatalog>(), directory);
            await Console.Out.WriteLineAsync($"function.json written for {names.Count} functions into {Path.GetFullPath(directory)}");
            return 0;
        }

        await app.RunAsync();
        return 0;
    }
}

/// <summary>The host.json the app loaded (null: none found, Functions defaults apply).</summary>
internal sealed record HostJsonFile(string? Path);
