namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>
/// Settings of the timed transcode rotation (configuration section <c>TranscodeRotation</c>; environment variables
/// <c>TranscodeRotation__SafetyMargin</c>, …). docs/scheduling.md describes each policy.
/// </summary>
public sealed class TranscodeRotationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "TranscodeRotation";

    /// <summary>The largest <see cref="SafetyMargin"/>: a window of the longest duration (6 days) can still be armed 12 hours before it starts.</summary>
    public static readonly TimeSpan MaxSafetyMargin = TimeSpan.FromHours(12);

    /// <summary>The NCRONTAB schedule of the rotation timer (UTC); default every 15 minutes.</summary>
    public string Schedule { get; set; } = "0 */15 * * * *";

    /// <summary>
    /// Kept free inside the API's 7-day reach: a window is armed only when its end (and so its start) is at most
    /// 7 days minus this margin from now, so a clock ahead of the service's cannot push a time beyond 7 days
    /// (default 30 minutes; 0 to 12 hours).
    /// </summary>
    public TimeSpan SafetyMargin { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Whether a stopped job (Status 2, after its last window) is armed again for the next window (default true: a
    /// recurring window needs it; set false if the service refuses TimedConfig changes on stopped jobs).
    /// </summary>
    public bool AllowRearmStopped { get; set; } = true;

    /// <summary>When the rotation finds itself inside a window the job is not armed for, the remainder is armed to start this long after now (rounded up to the minute) (default 2 minutes; 0 to 1 hour).</summary>
    public TimeSpan StartLead { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A remainder shorter than this is not armed; the following window is armed instead (default 5 minutes; 1 minute to 1 day).</summary>
    public TimeSpan MinimumRemainder { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many upcoming windows <c>GET /api/transcode-jobs/{JobId}/schedule</c> lists (default 5; 1 to 100).</summary>
    public int NextWindowsCount { get; set; } = 5;
}
