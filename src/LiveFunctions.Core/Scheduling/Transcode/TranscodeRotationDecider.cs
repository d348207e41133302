using LiveFunctions.Core.Operations.GetLiveTranscodeJob;
using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>
/// Decides, for one registered schedule, whether to arm the job's TimedConfig now. Pure: the caller passes <c>now</c>,
/// the job's state from GetLiveTranscodeJob and the last TimedConfig the rotation armed. The rules (docs/scheduling.md,
/// "Rotation decision"), in order:
/// <list type="number">
/// <item>not a timed job → NotTimedJob; running → LeaveRunning; a status other than 0/1/2 → UnknownStatus;</item>
/// <item>the target is the first window that has not ended. Inside it: if the job is armed for it (same end) and not
/// started → AlreadyArmed; armed for it and stopped → it ran, the target is the following window; not armed for it →
/// the remainder [now rounded up to the minute + StartLead, end) when at least MinimumRemainder is left, else the
/// following window;</item>
/// <item>the job's config equals the target's → AlreadyArmed;</item>
/// <item>the target ends beyond now + 7 days − SafetyMargin → WaitBeyondLimit (its start is earlier, so it fits too);</item>
/// <item>stopped and re-arming not allowed → LeaveStopped; otherwise → Arm.</item>
/// </list>
/// The job's config is its TimedConfig when GetLiveTranscodeJob returns one, else the one the rotation last armed.
/// </summary>
public static class TranscodeRotationDecider
{
    /// <summary>The API's reach: each TimedConfig time must be within 7 days of now.</summary>
    public static readonly TimeSpan ApiReach = UpdateLiveTranscodeJobValidator.MaximumDistanceFromNow;

    /// <summary>The decision for a job now.</summary>
    /// <param name="rule">The parsed schedule.</param>
    /// <param name="now">The current time.</param>
    /// <param name="job">The job's state from GetLiveTranscodeJob.</param>
    /// <param name="lastArmed">The TimedConfig the rotation last armed successfully (from the last action record), or null.</param>
    /// <param name="options">The rotation settings.</param>
    public static TranscodeDecision Decide(
        TranscodeWindowRule rule, DateTimeOffset now, TranscodeJobSnapshot job, TimedConfig? lastArmed, TranscodeRotationOptions options)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(options);

        if (job.StartMode != TranscodeJobSnapshot.TimedStartMode)
        {
            return new(TranscodeDecisionKind.NotTimedJob, $"The job has StartMode {job.StartMode}, not a timed job (StartMode 1); its TimedConfig cannot be changed.");
        }

        if (job.Status == LiveTranscodeJobStatus.Running)
        {
            return new(TranscodeDecisionKind.LeaveRunning, "The job is running; a running job is left alone.");
        }

        if (job.Status is not (LiveTranscodeJobStatus.NotStarted or LiveTranscodeJobStatus.Stopped))
        {
            return new(TranscodeDecisionKind.UnknownStatus, $"The job reports Status {job.Status}, which is not 0, 1 or 2; nothing is sent.");
        }

        var known = Read(job.TimedConfig ?? lastArmed);
        var window = TranscodeWindowCalculator.NextWindow(rule, now);
        var start = window.Start;
        var note = string.Empty;
        if (window.Start <= now)
        {
            if (known is { } armed && armed.End == TruncateToSecond(window.End))
            {
                if (job.Status == LiveTranscodeJobStatus.NotStarted)
                {
                    return new(TranscodeDecisionKind.AlreadyArmed, $"Inside the window {Describe(window)}; the job is armed for it and has not started yet.", window, job.TimedConfig ?? lastArmed);
                }

                note = $"The job already ran in the current window {Describe(window)} and stopped; ";
                window = TranscodeWindowCalculator.Following(rule, window);
                start = window.Start;
            }
            else
            {
                var remainderStart = CeilingToMinute(now) + options.StartLead;
                if (window.End - remainderStart >= options.MinimumRemainder)
                {
                    start = remainderStart;
                    note = $"Inside the window {Describe(window)} the job is not armed for; its remainder from {AlibabaTime.ToWire(start)} is the target; ";
                }
                else
                {
                    note = $"Less than {options.MinimumRemainder} is left of the current window {Describe(window)}; ";
                    window = TranscodeWindowCalculator.Following(rule, window);
                    start = window.Start;
                }
            }
        }

        var config = new TimedConfig { StartTime = AlibabaTime.ToWire(start), EndTime = AlibabaTime.ToWire(window.End) };
        if (known is { } current && current.Start == TruncateToSecond(start) && current.End == TruncateToSecond(window.End))
        {
            return new(TranscodeDecisionKind.AlreadyArmed, Compose(note, $"the job is already armed for {Describe(window)}."), window, config);
        }

        var reach = ApiReach - options.SafetyMargin;
        if (window.End > now + reach)
        {
            var armableAt = window.End - reach;
            return new(
                TranscodeDecisionKind.WaitBeyondLimit,
                Compose(note, $"the next window {Describe(window)} ends more than {ApiReach.TotalDays:0} days minus the safety margin ({options.SafetyMargin}) from now; it can be armed from {AlibabaTime.ToWire(armableAt)}."),
                window,
                ArmableAt: armableAt);
        }

        if (job.Status == LiveTranscodeJobStatus.Stopped && !options.AllowRearmStopped)
        {
            return new(TranscodeDecisionKind.LeaveStopped, Compose(note, "the job is stopped and re-arming stopped jobs is not allowed (AllowRearmStopped is false)."), window);
        }

        return new(TranscodeDecisionKind.Arm, Compose(note, $"arming {config.StartTime} to {config.EndTime}."), window, config);
    }

    private static (DateTimeOffset Start, DateTimeOffset End)? Read(TimedConfig? config) =>
        config is not null && AlibabaTime.TryParse(config.StartTime, out var start) && AlibabaTime.TryParse(config.EndTime, out var end)
            ? (start, end)
            : null;

    private static DateTimeOffset CeilingToMinute(DateTimeOffset time)
    {
        var floor = new DateTimeOffset(time.Ticks - (time.Ticks % TimeSpan.TicksPerMinute), time.Offset);
        return floor == time ? time : floor.AddMinutes(1);
    }

    private static DateTimeOffset TruncateToSecond(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);

    // Joins the note about the current window (empty, or ending in "; ") and the decision into one sentence.
    private static string Compose(string note, string decision) =>
        note.Length > 0 ? note + decision : char.ToUpperInvariant(decision[0]) + decision[1..];

    private static string Describe(TranscodeWindow window) => $"[{AlibabaTime.ToWire(window.Start)}, {AlibabaTime.ToWire(window.End)})";
}
