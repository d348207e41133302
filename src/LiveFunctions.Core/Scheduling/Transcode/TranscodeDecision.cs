using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>What the rotation does with one job; JSON camel case (<c>arm</c>, <c>alreadyArmed</c>, …).</summary>
public enum TranscodeDecisionKind
{
    /// <summary>Send UpdateLiveTranscodeJob with <see cref="TranscodeDecision.TimedConfig"/>.</summary>
    Arm,

    /// <summary>The job is already armed for the target window; nothing is sent.</summary>
    AlreadyArmed,

    /// <summary>The next window ends beyond 7 days minus the safety margin; it is armed by a later run, from <see cref="TranscodeDecision.ArmableAt"/>.</summary>
    WaitBeyondLimit,

    /// <summary>The job is running (Status 1); a running job is left alone.</summary>
    LeaveRunning,

    /// <summary>The job is stopped (Status 2) and re-arming stopped jobs is not allowed.</summary>
    LeaveStopped,

    /// <summary>The job is not a timed job (StartMode 0), so its TimedConfig cannot be changed.</summary>
    NotTimedJob,

    /// <summary>The job reports a Status other than 0, 1 or 2; nothing is sent.</summary>
    UnknownStatus,
}

/// <summary>The rotation's decision for one job.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Reason">One sentence for logs and for <c>GET …/schedule</c>.</param>
/// <param name="Window">The window the decision is about (null for Leave*, NotTimedJob, UnknownStatus).</param>
/// <param name="TimedConfig">For Arm, what to send (the whole window, or the remainder of the current one); for AlreadyArmed, the job's known config.</param>
/// <param name="ArmableAt">For WaitBeyondLimit, the first instant at which the window can be armed.</param>
public sealed record TranscodeDecision(
    TranscodeDecisionKind Kind,
    string Reason,
    TranscodeWindow? Window = null,
    TimedConfig? TimedConfig = null,
    DateTimeOffset? ArmableAt = null)
{
    /// <summary>True when UpdateLiveTranscodeJob must be sent.</summary>
    public bool SendsUpdate => Kind == TranscodeDecisionKind.Arm;

    /// <summary>The UpdateLiveTranscodeJob request of an Arm decision: the TimedConfig, with the schedule's StreamInput and TranscodeOutput when it has them.</summary>
    /// <exception cref="InvalidOperationException">The decision is not Arm.</exception>
    public UpdateLiveTranscodeJobRequest ToUpdateRequest(TranscodeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (Kind != TranscodeDecisionKind.Arm || TimedConfig is null)
        {
            throw new InvalidOperationException($"Only an Arm decision sends an update; this one is {Kind}.");
        }

        return new UpdateLiveTranscodeJobRequest
        {
            JobId = schedule.JobId,
            TimedConfig = TimedConfig,
            StreamInput = schedule.StreamInput,
            TranscodeOutput = schedule.TranscodeOutput,
        };
    }
}
