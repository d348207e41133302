using System.Globalization;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>
/// The answer of <c>GET /api/transcode-jobs/{JobId}/schedule</c>: the registered schedule, the last action the rotation
/// took, and the next windows in UTC and local time.
/// </summary>
/// <param name="Schedule">The registered schedule.</param>
/// <param name="LastAction">The last action taken, or null before the first rotation.</param>
/// <param name="NextWindows">The upcoming windows (the current one first when now is inside it).</param>
public sealed record TranscodeScheduleStatus(TranscodeSchedule Schedule, TranscodeScheduleAction? LastAction, IReadOnlyList<TranscodeWindowView> NextWindows)
{
    /// <summary>The status at <paramref name="now"/>, listing <paramref name="count"/> windows (1 to 100).</summary>
    public static TranscodeScheduleStatus Create(
        TranscodeSchedule schedule, TranscodeWindowRule rule, TranscodeScheduleAction? lastAction, DateTimeOffset now, int count)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var windows = TranscodeWindowCalculator.NextWindows(rule, now, count).Select(TranscodeWindowView.From).ToList();
        return new TranscodeScheduleStatus(schedule, lastAction, windows);
    }
}

/// <summary>
/// One window as shown to people: UTC times in the APIs' format, local times in ISO 8601 with the offset in force, e.g.
/// <c>{"StartTime":"2026-03-29T01:30:00Z","EndTime":"2026-03-29T03:30:00Z","LocalDate":"2026-03-29","LocalStartTime":"2026-03-29T03:30:00+02:00","LocalEndTime":"2026-03-29T05:30:00+02:00"}</c>.
/// </summary>
/// <param name="StartTime">The UTC start, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</param>
/// <param name="EndTime">The UTC end.</param>
/// <param name="LocalDate">The local date the window is scheduled on, <c>yyyy-MM-dd</c>.</param>
/// <param name="LocalStartTime">The local start, <c>yyyy-MM-ddTHH:mm:ss±hh:mm</c>.</param>
/// <param name="LocalEndTime">The local end.</param>
public sealed record TranscodeWindowView(string StartTime, string EndTime, string LocalDate, string LocalStartTime, string LocalEndTime)
{
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    /// <summary>The view of a window.</summary>
    public static TranscodeWindowView From(TranscodeWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return new TranscodeWindowView(
            AlibabaTime.ToWire(window.Start),
            AlibabaTime.ToWire(window.End),
            window.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            window.LocalStart.ToString(LocalFormat, CultureInfo.InvariantCulture),
            window.LocalEnd.ToString(LocalFormat, CultureInfo.InvariantCulture));
    }
}
