using LiveFunctions.App.Functions.Scheduling;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Timers;
using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Core.Scheduling.Records;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Functions.IndexPlanner;

/// <summary>
/// <c>index-planner</c>: the hourly timer (<c>%IndexFilesSchedule%</c>, default <c>0 5 * * * *</c>). For each domain of
/// <c>IndexFiles:Domains</c> it reads the checkpoint, plans the hours (<see cref="IndexHourPlanner.PlanScheduled"/>:
/// the last whole hour, or every missed hour since the checkpoint up to the backfill limit), finds the streams that
/// were live in them with one publish-list query, sends one <see cref="IndexWorkItem"/> per (app, stream, hour) to
/// <c>index-work</c> itself, and only then stores the new checkpoint. A domain whose publish list or sends fail keeps its
/// checkpoint (the next run plans the same hours again; items sent twice are done once, the executor's outcome records
/// see to it); the other domains go on. The items are not a queue output binding: the host writes those after the
/// function has returned, when the checkpoint would already have moved past hours whose items it then failed to write.
/// </summary>
internal static partial class IndexPlannerFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "index-planner";

    /// <summary>The app setting with the schedule.</summary>
    public const string ScheduleSetting = "IndexFilesSchedule";

    /// <summary>The schedule when the setting is absent (standalone).</summary>
    public const string DefaultSchedule = "0 5 * * * *";

    /// <summary>The declaration (function.json: timerTrigger; the work items are sent by the function, see above).</summary>
    public static TimerFunction Definition { get; } = new(Name, ScheduleSetting, DefaultSchedule, HandleAsync);

    public static async ValueTask HandleAsync(TimerInfo timer, FunctionContext context)
    {
        var options = context.Services.GetRequiredService<IOptions<IndexFilesOptions>>().Value;
        var store = context.Services.GetRequiredService<SchedulingStore>();
        var finder = context.Services.GetRequiredService<IndexWorkFinder>();
        var queues = context.Services.GetRequiredService<WorkQueues>();
        var now = context.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var logger = context.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IndexPlannerFunction));
        if (options.Domains.Count == 0)
        {
            context.Log($"{Name}: no domains are configured (IndexFiles:Domains); nothing to plan.");
            return;
        }

        foreach (var domain in options.Domains)
        {
            try
            {
                await PlanDomainAsync(domain, now, timer.IsPastDue, options, store, finder, queues, context, logger);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogDomainFailed(logger, domain, exception.GetType().Name, exception.Message, exception);
                context.Log($"{Name}: {domain}: not planned ({exception.GetType().Name}: {exception.Message}); the checkpoint stays, the next run tries again.");
            }
        }
    }

    private static async Task PlanDomainAsync(
        string domain, DateTimeOffset now, bool isPastDue, IndexFilesOptions options, SchedulingStore store, IndexWorkFinder finder,
        WorkQueues queues, FunctionContext context, ILogger logger)
    {
        var checkpoint = await store.GetCheckpointAsync(domain, context.CancellationToken);
        var plan = IndexHourPlanner.PlanScheduled(checkpoint?.LastPlannedHour, now, options);
        if (plan.Skipped is { } skipped)
        {
            LogSkipped(logger, domain, skipped.ToString());
        }

        if (plan.Hours.Count == 0)
        {
            context.Log($"{Name}: {domain}: up to date (checkpoint {plan.Checkpoint}).");
            return;
        }

        var items = await finder.FindAsync(domain, plan.Hours, null, null, context.CancellationToken);
        await queues.SendAsync(WorkQueues.IndexWork, items.Select(item => item.ToJson()).ToList(), context.CancellationToken);
        await store.PutCheckpointAsync(new IndexCheckpoint(domain, plan.Checkpoint.Start, now), context.CancellationToken);
        var span = new IndexHourSpan(plan.Hours[0], plan.Hours[^1]);
        LogPlanned(logger, domain, span.ToString(), items.Count, isPastDue);
        context.Log($"{Name}: {domain}: {items.Count} work item(s) for {span}.");
    }

    [LoggerMessage(EventId = 7411, Level = LogLevel.Information,
        Message = "Planned {DomainName}: {Hours}, {Count} work item(s) on index-work (past due: {IsPastDue})")]
    private static partial void LogPlanned(ILogger logger, string domainName, string hours, int count, bool isPastDue);

    [LoggerMessage(EventId = 7412, Level = LogLevel.Warning,
        Message = "Missed hours of {DomainName} older than the backfill limit are skipped: {Hours}; POST /api/index-backfill can still create them")]
    private static partial void LogSkipped(ILogger logger, string domainName, string hours);

    [LoggerMessage(EventId = 7413, Level = LogLevel.Error,
        Message = "Planning {DomainName} failed ({ErrorType}: {ErrorMessage}); its checkpoint stays and the next run tries the same hours again")]
    private static partial void LogDomainFailed(ILogger logger, string domainName, string errorType, string errorMessage, Exception exception);
}
