using LiveFunctions.Emulator.LiveConfig;
using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Simulation;
using LiveFunctions.Emulator.Simulation.Streams;
using LiveFunctions.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LiveFunctions.Emulator.Tests.Simulation;

/// <summary>
/// The simulation in-process: its services with a LiveConfigStore and a ManualTimeProvider, its actions in an
/// EmulatorActionTable, invoked with an ActionContext as the host pipeline would.
/// </summary>
internal sealed class SimulationHarness : IDisposable
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    /// <param name="now">The start of the fake clock.</param>
    /// <param name="settings">Configuration (e.g. <c>Emulator:Simulation:…</c>).</param>
    /// <param name="observed">A clock that reports its timers; its inner ManualTimeProvider becomes <see cref="Clock"/>.</param>
    public SimulationHarness(DateTimeOffset? now = null, IDictionary<string, string?>? settings = null, ObservedTimeProvider? observed = null)
    {
        Clock = observed?.Inner ?? new ManualTimeProvider(now ?? DefaultNow);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(observed is null ? Clock : observed);
        services.AddSingleton<LiveConfigStore>();
        SimulationModule.AddServices(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Actions = new EmulatorActionTable();
        SimulationModule.RegisterActions(Actions, _provider);
    }

    public ManualTimeProvider Clock { get; }

    public EmulatorActionTable Actions { get; }

    public IServiceProvider Services => _provider;

    public LiveConfigStore Configs => _provider.GetRequiredService<LiveConfigStore>();

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public ActionResult Live(string action, params (string Name, string Value)[] parameters) =>
        ActionInvoker.Invoke(Actions, Clock, "2016-11-01", action, parameters);

    public ActionResult Ice(string action, params (string Name, string Value)[] parameters) =>
        ActionInvoker.Invoke(Actions, Clock, "2020-11-09", action, parameters);

    public PublishSession Publish(string stream, DateTimeOffset start, DateTimeOffset? end, string domain = TestConfigs.Domain, string app = TestConfigs.App)
    {
        var session = new PublishSession(Guid.NewGuid().ToString("N"), domain, app, stream, start, end);
        Assert.True(Get<StreamSessionStore>().TryAdd(session, out _));
        return session;
    }

    public void Dispose() => _provider.Dispose();
}

/// <summary>Calls a registered action the way the host pipeline does.</summary>
internal static class ActionInvoker
{
    public static ActionResult Invoke(EmulatorActionTable table, TimeProvider clock, string version, string action, (string Name, string Value)[] parameters)
    {
        Assert.True(table.TryGet(version, action, out var handler), $"{version} {action} is not registered");
        var values = parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        return handler(new ActionContext(action, version, values, "testid", clock.GetUtcNow(), Guid.NewGuid().ToString()));
    }
}
