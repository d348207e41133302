namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>The windows of a schedule, in UTC, under the DST policy of <see cref="LocalTimeResolver"/>. Pure: the caller passes <c>now</c>.</summary>
public static class TranscodeWindowCalculator
{
    /// <summary>The most windows <see cref="NextWindows"/> lists.</summary>
    public const int MaximumCount = 100;

    /// <summary>The window of a schedule on a local date (whether or not the schedule starts on that day).</summary>
    public static TranscodeWindow WindowOn(TranscodeWindowRule rule, DateOnly localDate)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var start = LocalTimeResolver.ToUtc(localDate.ToDateTime(rule.LocalStart), rule.TimeZone);
        var end = start + rule.Duration;
        return new TranscodeWindow(localDate, start, end, TimeZoneInfo.ConvertTime(start, rule.TimeZone), TimeZoneInfo.ConvertTime(end, rule.TimeZone));
    }

    /// <summary>
    /// The first window that has not ended at <paramref name="now"/>: the current one when now is inside a window
    /// (Start ≤ now &lt; End), otherwise the next one to start.
    /// </summary>
    public static TranscodeWindow NextWindow(TranscodeWindowRule rule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);

        // Start far enough back to find a window that began days ago and is still running.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, rule.TimeZone).DateTime);
        var daysBack = (int)Math.Ceiling(rule.Duration.TotalDays) + 1;
        for (var offset = -daysBack; offset <= 8; offset++)
        {
            var date = today.AddDays(offset);
            if (!rule.StartsOn(date.DayOfWeek))
            {
                continue;
            }

            var window = WindowOn(rule, date);
            if (window.End > now)
            {
                return window;
            }
        }

        // Every week holds a start day, so the loop always returns.
        throw new InvalidOperationException("The schedule has no window in the coming week.");
    }

    /// <summary>The next <paramref name="count"/> windows that have not ended at <paramref name="now"/>, oldest first (1 to <see cref="MaximumCount"/>).</summary>
    public static IReadOnlyList<TranscodeWindow> NextWindows(TranscodeWindowRule rule, DateTimeOffset now, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaximumCount);
        var windows = new List<TranscodeWindow>(count);
        var window = NextWindow(rule, now);
        windows.Add(window);
        while (windows.Count < count)
        {
            window = NextWindow(rule, window.End);
            windows.Add(window);
        }

        return windows;
    }

    /// <summary>The window after <paramref name="window"/>.</summary>
    public static TranscodeWindow Following(TranscodeWindowRule rule, TranscodeWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return NextWindow(rule, window.End);
    }
}
