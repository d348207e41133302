using LiveFunctions.Emulator.Protocol.Faults;
using LiveFunctions.Emulator.Protocol.Persistence;
using LiveFunctions.Emulator.Protocol.Pipeline;
using LiveFunctions.Emulator.Protocol.Signing;
using LiveFunctions.Emulator.Protocol.Throttling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Protocol;

/// <summary>Registers the protocol: settings, verifier, limits, faults, request log, persistence, the RPC endpoint.</summary>
internal static class ProtocolServices
{
    /// <summary>Adds the protocol's services (stateful ones also as <see cref="IResettable"/>).</summary>
    public static IServiceCollection AddEmulatorProtocol(this IServiceCollection services)
    {
        services.AddOptions<EmulatorOptions>().BindConfiguration(EmulatorOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmulatorOptions>, EmulatorOptionsValidator>());
        services.AddSingleton<EmulatorActionTable>();
        services.AddResettable<NonceRegistry>();
        services.AddResettable<QpsThrottle>();
        services.AddResettable<FaultInjector>();
        services.AddResettable<RequestLog>();
        services.AddSingleton<RequestVerifier>();
        services.AddSingleton<OpenApiEndpoint>();
        services.AddSingleton<EmulatorPersistence>();
        services.AddHostedService(provider => provider.GetRequiredService<EmulatorPersistence>());
        return services;
    }

    /// <summary>Registers a singleton that is also reset by <c>POST /_emulator/reset</c>.</summary>
    public static IServiceCollection AddResettable<T>(this IServiceCollection services)
        where T : class, IResettable
    {
        services.AddSingleton<T>();
        services.AddSingleton<IResettable>(provider => provider.GetRequiredService<T>());
        return services;
    }

    /// <summary>
    /// Registers a singleton that is reset by <c>POST /_emulator/reset</c> and kept across restarts when
    /// <c>Emulator:DataFolder</c> is set.
    /// </summary>
    public static IServiceCollection AddPersistentState<T>(this IServiceCollection services)
        where T : class, IResettable, IPersistentState
    {
        services.AddResettable<T>();
        services.AddSingleton<IPersistentState>(provider => provider.GetRequiredService<T>());
        return services;
    }

    /// <summary>Maps the RPC endpoint: every method on <c>/</c> (GET and POST are served; others answer UnsupportedHTTPMethod).</summary>
    public static void MapOpenApiEndpoint(this WebApplication app) =>
        app.Map("/", (HttpContext context, OpenApiEndpoint endpoint) => endpoint.HandleAsync(context));
}
