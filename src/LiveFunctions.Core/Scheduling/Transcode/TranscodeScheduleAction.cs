using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>Whether the rotation called UpdateLiveTranscodeJob, and how it went; JSON <c>none</c>, <c>succeeded</c>, <c>failed</c>.</summary>
public enum TranscodeCallStatus
{
    /// <summary>Nothing was sent (every decision but Arm).</summary>
    None,

    /// <summary>The update was accepted.</summary>
    Succeeded,

    /// <summary>The update failed permanently (a retryable failure is retried by the queue and not recorded).</summary>
    Failed,
}

/// <summary>
/// The last action the rotation took for one schedule, stored at <see cref="SchedulingStorageNames.TranscodeActionBlob"/>
/// and shown by <c>GET /api/transcode-jobs/{JobId}/schedule</c>. It also carries the last TimedConfig the service
/// accepted, which the next decision compares with when GetLiveTranscodeJob does not return the job's TimedConfig.
/// JSON, e.g. <c>{"JobId":"…","DecidedAt":"2026-03-20T08:15:00Z","Decision":"arm","Reason":"Arming …","WindowStart":"2026-03-27T18:30:00Z",
/// "WindowEnd":"2026-03-27T20:30:00Z","SentTimedConfig":{"StartTime":"2026-03-27T18:30:00Z","EndTime":"2026-03-27T20:30:00Z"},
/// "Call":"succeeded","RequestId":"…","LastArmedTimedConfig":{…},"LastArmedAt":"2026-03-20T08:15:01Z"}</c>.
/// </summary>
public sealed record TranscodeScheduleAction
{
    /// <summary>The ICE job ID.</summary>
    public required string JobId { get; init; }

    /// <summary>When the decision was taken.</summary>
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>The decision.</summary>
    public required TranscodeDecisionKind Decision { get; init; }

    /// <summary>The decision's sentence.</summary>
    public required string Reason { get; init; }

    /// <summary>The start of the window the decision was about (UTC), if any.</summary>
    public DateTimeOffset? WindowStart { get; init; }

    /// <summary>The end of the window the decision was about (UTC), if any.</summary>
    public DateTimeOffset? WindowEnd { get; init; }

    /// <summary>For WaitBeyondLimit, when the window can be armed.</summary>
    public DateTimeOffset? ArmableAt { get; init; }

    /// <summary>The TimedConfig sent (Arm only).</summary>
    public TimedConfig? SentTimedConfig { get; init; }

    /// <summary>Whether UpdateLiveTranscodeJob was called and how it went.</summary>
    public required TranscodeCallStatus Call { get; init; }

    /// <summary>The service's RequestId of the update, when there was an answer.</summary>
    public string? RequestId { get; init; }

    /// <summary>The error code of a failed update.</summary>
    public string? Code { get; init; }

    /// <summary>The error message of a failed update (never a secret).</summary>
    public string? Message { get; init; }

    /// <summary>The last TimedConfig the service accepted (from this action or an earlier one).</summary>
    public TimedConfig? LastArmedTimedConfig { get; init; }

    /// <summary>When <see cref="LastArmedTimedConfig"/> was accepted.</summary>
    public DateTimeOffset? LastArmedAt { get; init; }

    /// <summary>The record of a decision that sent nothing; the last armed config is carried over from <paramref name="previous"/>.</summary>
    public static TranscodeScheduleAction NoCall(string jobId, TranscodeDecision decision, DateTimeOffset decidedAt, TranscodeScheduleAction? previous) =>
        From(jobId, decision, decidedAt, previous, TranscodeCallStatus.None);

    /// <summary>The record of an accepted update: its TimedConfig becomes the last armed one.</summary>
    public static TranscodeScheduleAction Succeeded(string jobId, TranscodeDecision decision, DateTimeOffset decidedAt, TranscodeScheduleAction? previous, string? requestId, DateTimeOffset acceptedAt) =>
        From(jobId, decision, decidedAt, previous, TranscodeCallStatus.Succeeded) with
        {
            SentTimedConfig = decision.TimedConfig,
            RequestId = requestId,
            LastArmedTimedConfig = decision.TimedConfig,
            LastArmedAt = acceptedAt,
        };

    /// <summary>The record of an update that failed permanently; the last armed config is carried over from <paramref name="previous"/>.</summary>
    public static TranscodeScheduleAction Failed(
        string jobId, TranscodeDecision decision, DateTimeOffset decidedAt, TranscodeScheduleAction? previous, string code, string? message, string? requestId) =>
        From(jobId, decision, decidedAt, previous, TranscodeCallStatus.Failed) with
        {
            SentTimedConfig = decision.TimedConfig,
            RequestId = requestId,
            Code = code,
            Message = message,
        };

    private static TranscodeScheduleAction From(
        string jobId, TranscodeDecision decision, DateTimeOffset decidedAt, TranscodeScheduleAction? previous, TranscodeCallStatus call)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        ArgumentNullException.ThrowIfNull(decision);
        return new TranscodeScheduleAction
        {
            JobId = jobId,
            DecidedAt = decidedAt,
            Decision = decision.Kind,
            Reason = decision.Reason,
            WindowStart = decision.Window?.Start,
            WindowEnd = decision.Window?.End,
            ArmableAt = decision.ArmableAt,
            Call = call,
            LastArmedTimedConfig = previous?.LastArmedTimedConfig,
            LastArmedAt = previous?.LastArmedAt,
        };
    }
}
