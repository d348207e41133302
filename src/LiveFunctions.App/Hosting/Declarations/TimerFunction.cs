using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Timers;
using LiveFunctions.App.Hosting.Timers.Cron;

namespace LiveFunctions.App.Hosting.Declarations;

/// <summary>Runs a timer function once.</summary>
internal delegate ValueTask TimerHandler(TimerInfo timer, FunctionContext context);

/// <summary>
/// A timer-triggered function. Its schedule is the app setting <see cref="ScheduleSetting"/> (function.json says
/// <c>%ScheduleSetting%</c>, as the host resolves it); standalone falls back to <see cref="DefaultSchedule"/> when the
/// setting is absent.
/// </summary>
internal sealed class TimerFunction : FunctionDefinition
{
    public TimerFunction(
        string name, string scheduleSetting, string defaultSchedule, TimerHandler handler,
        IReadOnlyList<QueueOutputBinding>? queueOutputs = null)
        : base(name, queueOutputs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scheduleSetting);
        ArgumentNullException.ThrowIfNull(handler);
        if (CronSchedule.TryParse(defaultSchedule, out var error) is null)
        {
            throw new ArgumentException(error!.Message, nameof(defaultSchedule));
        }

        ScheduleSetting = scheduleSetting;
        DefaultSchedule = defaultSchedule;
        Handler = handler;
    }

    /// <summary>The trigger binding name.</summary>
    public const string BindingName = "timer";

    /// <inheritdoc />
    public override string TriggerName => BindingName;

    /// <summary>The app setting holding the NCRONTAB schedule, e.g. <c>IndexFilesSchedule</c>.</summary>
    public string ScheduleSetting { get; }

    /// <summary>The schedule used standalone when the setting is absent.</summary>
    public string DefaultSchedule { get; }

    /// <summary>function.json <c>runOnStartup</c> (false: it would fire on every restart and scale-out).</summary>
    public bool RunOnStartup { get; init; }

    /// <summary>The function's code.</summary>
    public TimerHandler Handler { get; }
}
