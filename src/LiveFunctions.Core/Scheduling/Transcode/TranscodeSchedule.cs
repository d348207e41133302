using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>
/// A recurring window registered for an existing timed ICE live transcoding job: the body of
/// <c>PUT /api/transcode-jobs/{JobId}/schedule</c> (JobId comes from the route) and the stored record. The rotation
/// keeps the job's TimedConfig armed with the next window. JSON, e.g.
/// <c>{"DaysOfWeek":["Monday","Thursday"],"LocalStartTime":"19:30","Duration":"02:00:00","TimeZone":"Europe/Berlin",
/// "StreamInput":{"InputUrl":"rtmp://mydomain/app/stream1","Type":"rtmp"},"TranscodeOutput":{"DomainName":"mydomain","Type":"LiveCenter"}}</c>.
/// <see cref="TranscodeScheduleValidator"/> holds the rules.
/// </summary>
public sealed record TranscodeSchedule
{
    /// <summary>The ICE job ID (required; the route's value).</summary>
    public string? JobId { get; init; }

    /// <summary>The local days the window starts on: <c>Monday</c> … <c>Sunday</c> (any case), or just <c>["Daily"]</c> (required).</summary>
    public IReadOnlyList<string>? DaysOfWeek { get; init; }

    /// <summary>The local wall-clock start time, <c>HH:mm</c> (24-hour) in <see cref="TimeZone"/> (required).</summary>
    public string? LocalStartTime { get; init; }

    /// <summary>How long each window lasts, <c>H:mm:ss</c> with up to 3 hour digits, e.g. <c>02:00:00</c> or <c>100:00:00</c> (required); elapsed time.</summary>
    public string? Duration { get; init; }

    /// <summary>An IANA time zone ID such as <c>Europe/Berlin</c>, <c>Asia/Shanghai</c> or <c>UTC</c> (required).</summary>
    public string? TimeZone { get; init; }

    /// <summary>Sent with every arming when given (the job's input otherwise stays as it is).</summary>
    public StreamInput? StreamInput { get; init; }

    /// <summary>Sent with every arming when given (the job's output otherwise stays as it is).</summary>
    public TranscodeOutput? TranscodeOutput { get; init; }
}
