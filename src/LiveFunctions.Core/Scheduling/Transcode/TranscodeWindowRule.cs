namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>
/// A validated <see cref="TranscodeSchedule"/>: the days, local start, duration and time zone the window calculator
/// works with. Only <see cref="TranscodeScheduleValidator.Parse"/> makes one, so every rule holds.
/// </summary>
public sealed class TranscodeWindowRule
{
    internal TranscodeWindowRule(IReadOnlyList<DayOfWeek> days, TimeOnly localStart, TimeSpan duration, TimeZoneInfo timeZone)
    {
        Days = days;
        LocalStart = localStart;
        Duration = duration;
        TimeZone = timeZone;
    }

    /// <summary>The local days a window starts on, Sunday first, at least one, no repeats.</summary>
    public IReadOnlyList<DayOfWeek> Days { get; }

    /// <summary>The local wall-clock start.</summary>
    public TimeOnly LocalStart { get; }

    /// <summary>The length of each window, as elapsed time (a window across a DST change still lasts exactly this long).</summary>
    public TimeSpan Duration { get; }

    /// <summary>The time zone of <see cref="LocalStart"/> and <see cref="Days"/>.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>True when a window starts on that local day.</summary>
    public bool StartsOn(DayOfWeek day) => Days.Contains(day);
}
