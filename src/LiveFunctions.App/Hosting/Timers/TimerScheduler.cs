using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.App.Hosting.Timers.Cron;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Hosting.Timers;

/// <summary>
/// The standalone timer trigger source: fires every timer function on its NCRONTAB schedule (UTC), read from the app
/// setting named in the declaration or, when absent, the declared default. Registered only when the app runs
/// standalone; under the Functions host the host's timer trigger does this.
/// </summary>
internal sealed class TimerScheduler(
    FunctionCatalog catalog, ITimerStatusStore store, FunctionDispatcher dispatcher, IQueueOutputWriter outputWriter,
    IOptions<HostJsonOptions> hostJson, IConfiguration configuration, TimeProvider time, ILogger<TimerScheduler> logger)
    : BackgroundService
{
    private IReadOnlyList<TimerRunner> _runners = [];

    /// <summary>One runner per timer function (after start).</summary>
    public IReadOnlyList<TimerRunner> Runners => _runners;

    /// <summary>The schedule of a timer: its setting's value, or the declared default.</summary>
    public static CronSchedule ResolveSchedule(TimerFunction timer, IConfiguration configuration)
    {
        var configured = configuration[timer.ScheduleSetting];
        var expression = string.IsNullOrWhiteSpace(configured) ? timer.DefaultSchedule : configured;
        return CronSchedule.TryParse(expression, out var error)
            ?? throw new InvalidOperationException($"Timer '{timer.Name}' (setting {timer.ScheduleSetting}): {error!.Message}");
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Invalid schedules stop the start, as the host refuses to index such a function.
        _runners = catalog.Timers
            .Select(t => new TimerRunner(t, ResolveSchedule(t, configuration), store, dispatcher, outputWriter, hostJson.Value, time, logger))
            .ToArray();
        if (_runners.Count > 0 && store is InMemoryTimerStatusStore)
        {
            HostingLog.InMemoryTimerStatus(logger);
        }
        else if (_runners.Count > 0 && store is StorageTimerStatusStore storage)
        {
            TimerStatusLog.StorageStatus(logger, StorageTimerStatusStore.Container, storage.HostId);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(_runners.Select(r => Task.Run(() => r.RunAsync(stoppingToken), stoppingToken)));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
