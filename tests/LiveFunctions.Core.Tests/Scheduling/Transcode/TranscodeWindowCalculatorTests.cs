using LiveFunctions.Core.Scheduling.Transcode;
using static LiveFunctions.Core.Tests.Scheduling.Transcode.TranscodeTestRules;

namespace LiveFunctions.Core.Tests.Scheduling.Transcode;

public sealed class TranscodeWindowCalculatorTests
{
    private static readonly TimeSpan Cest = TimeSpan.FromHours(2);
    private static readonly TimeSpan Cet = TimeSpan.FromHours(1);

    [Fact]
    public void NextWindow_BeforeTodaysStart_IsTodaysWindowInUtc()
    {
        // Monday 16 March 2026, Berlin is on CET (UTC+1).
        var window = TranscodeWindowCalculator.NextWindow(Rule("Europe/Berlin", "19:30", "02:00:00", "Monday", "Thursday"), Utc(2026, 3, 16, 10));

        Assert.Equal(Utc(2026, 3, 16, 18, 30), window.Start);
        Assert.Equal(Utc(2026, 3, 16, 20, 30), window.End);
        Assert.Equal(new DateOnly(2026, 3, 16), window.LocalDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 19, 30, 0, Cet), window.LocalStart);
    }

    [Fact]
    public void NextWindow_InsideAWindow_IsTheCurrentWindow()
    {
        var window = TranscodeWindowCalculator.NextWindow(Rule("Europe/Berlin", "19:30", "02:00:00", "Monday", "Thursday"), Utc(2026, 3, 16, 20));

        Assert.Equal(Utc(2026, 3, 16, 18, 30), window.Start);
        Assert.True(window.Contains(Utc(2026, 3, 16, 20)));
    }

    [Fact]
    public void NextWindow_HalfOpen_StartIsInsideEndIsNot()
    {
        var rule = Rule("Europe/Berlin", "19:30", "02:00:00", "Monday", "Thursday");

        Assert.Equal(Utc(2026, 3, 16, 18, 30), TranscodeWindowCalculator.NextWindow(rule, Utc(2026, 3, 16, 18, 30)).Start);
        Assert.Equal(Utc(2026, 3, 19, 18, 30), TranscodeWindowCalculator.NextWindow(rule, Utc(2026, 3, 16, 20, 30)).Start);
    }

    [Fact]
    public void NextWindow_LongWindowStartedDaysAgo_IsStillTheCurrentWindow()
    {
        var rule = Rule("Asia/Shanghai", "20:00", "100:00:00", "Sunday");

        var window = TranscodeWindowCalculator.NextWindow(rule, Utc(2026, 3, 18, 12));

        Assert.Equal(Utc(2026, 3, 15, 12), window.Start);
        Assert.Equal(Utc(2026, 3, 19, 16), window.End);
    }

    [Fact]
    public void NextWindow_DailyAcrossBerlinSpringForward_SkippedStartMovesForwardByTheGap()
    {
        var rule = Rule("Europe/Berlin", "02:30", "02:00:00", "Daily");

        var windows = TranscodeWindowCalculator.NextWindows(rule, Utc(2026, 3, 27, 12), 3);

        Assert.Equal([Utc(2026, 3, 28, 1, 30), Utc(2026, 3, 29, 1, 30), Utc(2026, 3, 30, 0, 30)], windows.Select(w => w.Start));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, Cest), windows[1].LocalStart);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 5, 30, 0, Cest), windows[1].LocalEnd);
        Assert.Equal(new DateOnly(2026, 3, 29), windows[1].LocalDate);
    }

    [Fact]
    public void NextWindow_DailyAcrossBerlinFallBack_AmbiguousStartTakesTheFirstOccurrence()
    {
        var rule = Rule("Europe/Berlin", "02:30", "02:00:00", "Daily");

        var windows = TranscodeWindowCalculator.NextWindows(rule, Utc(2026, 10, 23, 12), 3);

        Assert.Equal([Utc(2026, 10, 24, 0, 30), Utc(2026, 10, 25, 0, 30), Utc(2026, 10, 26, 1, 30)], windows.Select(w => w.Start));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, Cest), windows[1].LocalStart);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 3, 30, 0, Cet), windows[1].LocalEnd);
    }

    [Fact]
    public void WindowOn_CrossingSpringForward_LastsTheDurationAsElapsedTime()
    {
        var window = TranscodeWindowCalculator.WindowOn(Rule("Europe/Berlin", "22:00", "08:00:00", "Saturday"), new DateOnly(2026, 3, 28));

        Assert.Equal(Utc(2026, 3, 28, 21), window.Start);
        Assert.Equal(Utc(2026, 3, 29, 5), window.End);
        Assert.Equal(TimeSpan.FromHours(8), window.End - window.Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 7, 0, 0, Cest), window.LocalEnd);
    }

    [Fact]
    public void WindowOn_CrossingFallBack_LastsTheDurationAsElapsedTime()
    {
        var window = TranscodeWindowCalculator.WindowOn(Rule("Europe/Berlin", "22:00", "08:00:00", "Saturday"), new DateOnly(2026, 10, 24));

        Assert.Equal(Utc(2026, 10, 24, 20), window.Start);
        Assert.Equal(Utc(2026, 10, 25, 4), window.End);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 5, 0, 0, Cet), window.LocalEnd);
    }

    [Fact]
    public void NextWindows_SameSchedulesInShanghai_AreAlwaysUtcPlusEight()
    {
        var daily = TranscodeWindowCalculator.NextWindows(Rule("Asia/Shanghai", "02:30", "02:00:00", "Daily"), Utc(2026, 3, 27, 12), 3);
        var fall = TranscodeWindowCalculator.NextWindows(Rule("Asia/Shanghai", "02:30", "02:00:00", "Daily"), Utc(2026, 10, 23, 12), 3);
        var night = TranscodeWindowCalculator.WindowOn(Rule("Asia/Shanghai", "22:00", "08:00:00", "Saturday"), new DateOnly(2026, 3, 28));

        Assert.Equal([Utc(2026, 3, 27, 18, 30), Utc(2026, 3, 28, 18, 30), Utc(2026, 3, 29, 18, 30)], daily.Select(w => w.Start));
        Assert.Equal([Utc(2026, 10, 23, 18, 30), Utc(2026, 10, 24, 18, 30), Utc(2026, 10, 25, 18, 30)], fall.Select(w => w.Start));
        Assert.Equal(Utc(2026, 3, 28, 14), night.Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.FromHours(8)), night.LocalEnd);
    }

    [Fact]
    public void NextWindows_TwoDaysAWeek_AlternateInOrder()
    {
        var windows = TranscodeWindowCalculator.NextWindows(Rule("UTC", "08:00", "01:00:00", "Tuesday", "Friday"), Utc(2026, 3, 16, 0), 4);

        Assert.Equal([Utc(2026, 3, 17, 8), Utc(2026, 3, 20, 8), Utc(2026, 3, 24, 8), Utc(2026, 3, 27, 8)], windows.Select(w => w.Start));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void NextWindows_CountOutOfRange_Throws(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TranscodeWindowCalculator.NextWindows(Rule("UTC", "08:00", "01:00:00", "Daily"), Utc(2026, 3, 16, 0), count));
    }

    [Fact]
    public void ToTimedConfig_UsesTheApisTimeFormat()
    {
        var config = TranscodeWindowCalculator.WindowOn(Rule("Europe/Berlin", "02:30", "02:00:00", "Daily"), new DateOnly(2026, 3, 29)).ToTimedConfig();

        Assert.Equal("2026-03-29T01:30:00Z", config.StartTime);
        Assert.Equal("2026-03-29T03:30:00Z", config.EndTime);
    }
}
