using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation;

/// <summary>
/// The entry points of the simulation part of the emulator (streams, recording, index files, snapshots, ICE jobs).
/// The host calls these three methods; everything else of the simulation stays behind them.
/// </summary>
internal static class SimulationModule
{
    /// <summary>Registers the simulation's services (register stateful ones also as <see cref="IResettable"/>).</summary>
    public static void AddServices(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
    }

    /// <summary>Registers the simulation's OpenAPI actions.</summary>
    public static void RegisterActions(EmulatorActionTable table, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(services);
    }

    /// <summary>Maps the simulation's developer endpoints under <c>/_emulator/</c>.</summary>
    public static void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }
}
