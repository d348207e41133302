using LiveFunctions.App.Functions.IndexBackfill;
using LiveFunctions.App.Functions.IndexExecutor;
using LiveFunctions.App.Functions.IndexFiles;
using LiveFunctions.App.Functions.IndexPlanner;
using LiveFunctions.App.Functions.TranscodeExecutor;
using LiveFunctions.App.Functions.TranscodeRotation;
using LiveFunctions.App.Functions.TranscodeSchedule;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LiveFunctions.App.Functions.Scheduling;

/// <summary>The scheduling function group: hourly index files and timed transcode windows (docs/scheduling.md).</summary>
internal static class SchedulingFunctions
{
    /// <summary>Registers the scheduling settings (<c>IndexFiles:*</c>, <c>TranscodeRotation:*</c>), the record store and the work queues.</summary>
    public static IServiceCollection AddSchedulingFunctions(this IServiceCollection services)
    {
        services.AddLiveFunctionsSchedulingStore();
        services.TryAddSingleton<WorkQueues>();
        services.TryAddSingleton<IndexWorkFinder>();
        return services;
    }

    /// <summary>
    /// Maps <c>index-planner</c>, <c>index-executor</c>, <c>index-backfill</c>, <c>index-files</c>,
    /// <c>transcode-schedule</c>, <c>transcode-rotation</c> and <c>transcode-executor</c>.
    /// </summary>
    public static WebApplication MapSchedulingFunctions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapFunction(IndexPlannerFunction.Definition);
        app.MapFunction(IndexExecutorFunction.Definition);
        IndexBackfillFunction.Map(app);
        IndexFilesFunction.Map(app);
        TranscodeScheduleFunction.Map(app);
        app.MapFunction(TranscodeRotationFunction.Definition);
        app.MapFunction(TranscodeExecutorFunction.Definition);
        return app;
    }
}
