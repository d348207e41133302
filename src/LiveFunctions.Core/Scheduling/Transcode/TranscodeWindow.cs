using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>One occurrence of a schedule's window, half-open [Start, End) in UTC, with its local reading.</summary>
/// <param name="LocalDate">The local date the window is scheduled on.</param>
/// <param name="Start">The UTC start (after the DST policy).</param>
/// <param name="End">The UTC end: Start plus the duration, as elapsed time.</param>
/// <param name="LocalStart">The start in the schedule's time zone (its offset included).</param>
/// <param name="LocalEnd">The end in the schedule's time zone.</param>
public sealed record TranscodeWindow(DateOnly LocalDate, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset LocalStart, DateTimeOffset LocalEnd)
{
    /// <summary>True when the time lies in [Start, End).</summary>
    public bool Contains(DateTimeOffset time) => time >= Start && time < End;

    /// <summary>The whole window as the TimedConfig that UpdateLiveTranscodeJob is sent.</summary>
    public TimedConfig ToTimedConfig() => new() { StartTime = AlibabaTime.ToWire(Start), EndTime = AlibabaTime.ToWire(End) };
}
