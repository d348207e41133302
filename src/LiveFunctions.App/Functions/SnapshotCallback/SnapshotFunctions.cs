using LiveFunctions.App.Functions.SnapshotProcessor;
using LiveFunctions.App.Functions.SnapshotQueries;
using LiveFunctions.App.Functions.SnapshotReplayPoison;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.Core.Callbacks;

namespace LiveFunctions.App.Functions.SnapshotCallback;

/// <summary>The snapshot callback function group: intake, processor, queries, poison replay (docs/snapshot-callbacks.md).</summary>
internal static class SnapshotFunctions
{
    /// <summary>Registers the callback services with their storage (settings <c>SnapshotCallbacks:*</c>, <c>AzureWebJobsStorage</c>).</summary>
    public static IServiceCollection AddSnapshotFunctions(this IServiceCollection services) => services.AddSnapshotCallbackProcessing();

    /// <summary>
    /// Maps <c>snapshot-callback</c>, <c>snapshot-processor</c>, <c>snapshots-latest</c>, <c>snapshots-history</c> and
    /// <c>snapshot-replay-poison</c>, and the standalone body limit of the callback route.
    /// </summary>
    public static WebApplication MapSnapshotFunctions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SnapshotCallbackBodyLimit>();
        app.MapFunction(SnapshotCallbackFunction.Definition);
        app.MapFunction(SnapshotProcessorFunction.Definition);
        SnapshotQueryEndpoints.Map(app);
        ReplayPoisonEndpoint.Map(app);
        return app;
    }
}
