using LiveFunctions.Core.Scheduling.IndexFiles;

namespace LiveFunctions.Core.Tests.Scheduling.IndexFiles;

public sealed class IndexHourTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void Containing_TimeInsideHour_RoundsDownToTheHourInUtc()
    {
        var hour = IndexHour.Containing(new DateTimeOffset(2026, 3, 1, 9, 59, 59, TimeSpan.FromHours(8)));

        Assert.Equal(Utc(2026, 3, 1, 1), hour.Start);
        Assert.Equal(Utc(2026, 3, 1, 2), hour.End);
    }

    [Fact]
    public void Contains_HalfOpen_IncludesStartExcludesEnd()
    {
        var hour = IndexHour.FromStart(Utc(2026, 3, 1, 1));

        Assert.True(hour.Contains(Utc(2026, 3, 1, 1)));
        Assert.True(hour.Contains(Utc(2026, 3, 1, 1, 59, 59)));
        Assert.False(hour.Contains(Utc(2026, 3, 1, 2)));
        Assert.False(hour.Contains(Utc(2026, 3, 1, 0, 59, 59)));
    }

    [Fact]
    public void FromStart_NotWholeHour_Throws()
    {
        Assert.Throws<ArgumentException>(() => IndexHour.FromStart(Utc(2026, 3, 1, 1, 30)));
        Assert.False(IndexHour.TryFromStart(Utc(2026, 3, 1, 1, 0, 1), out _));
    }

    [Fact]
    public void StartingAtOrAfter_RoundsUpUnlessWhole()
    {
        Assert.Equal(Utc(2026, 3, 1, 2), IndexHour.StartingAtOrAfter(Utc(2026, 3, 1, 1, 0, 1)).Start);
        Assert.Equal(Utc(2026, 3, 1, 1), IndexHour.StartingAtOrAfter(Utc(2026, 3, 1, 1)).Start);
    }

    [Fact]
    public void Next_YearEnd_MovesToNewYear()
    {
        var last = IndexHour.FromStart(Utc(2026, 12, 31, 23));

        Assert.Equal(Utc(2027, 1, 1, 0), last.Next.Start);
        Assert.Equal("2026123123", last.Key);
        Assert.Equal(last, last.Next.Previous);
    }

    [Fact]
    public void Overlaps_OpenSession_OverlapsEveryHourAfterItsStart()
    {
        var hour = IndexHour.FromStart(Utc(2026, 3, 1, 5));

        Assert.True(hour.Overlaps(Utc(2026, 3, 1, 1), null));
        Assert.False(hour.Overlaps(Utc(2026, 3, 1, 6), null));
    }

    [Fact]
    public void Overlaps_SessionTouchingOnlyTheBoundary_DoesNotOverlap()
    {
        var hour = IndexHour.FromStart(Utc(2026, 3, 1, 5));

        Assert.False(hour.Overlaps(Utc(2026, 3, 1, 4), Utc(2026, 3, 1, 5)));
        Assert.False(hour.Overlaps(Utc(2026, 3, 1, 6), Utc(2026, 3, 1, 7)));
        Assert.True(hour.Overlaps(Utc(2026, 3, 1, 4), Utc(2026, 3, 1, 5, 0, 1)));
        Assert.True(hour.Overlaps(Utc(2026, 3, 1, 5, 59, 59), Utc(2026, 3, 1, 7)));
    }

    [Fact]
    public void Range_AcrossMonthEnd_ListsEveryHourOldestFirst()
    {
        var hours = IndexHour.Range(IndexHour.FromStart(Utc(2026, 2, 28, 22)), IndexHour.FromStart(Utc(2026, 3, 1, 1)));

        Assert.Equal([Utc(2026, 2, 28, 22), Utc(2026, 2, 28, 23), Utc(2026, 3, 1, 0), Utc(2026, 3, 1, 1)], hours.Select(h => h.Start));
    }

    [Fact]
    public void Range_LastBeforeFirst_IsEmpty()
    {
        Assert.Empty(IndexHour.Range(IndexHour.FromStart(Utc(2026, 3, 1, 1)), IndexHour.FromStart(Utc(2026, 3, 1, 0))));
    }

    [Fact]
    public void ToString_ShowsHalfOpenRange()
    {
        Assert.Equal("[2026-02-28T23:00:00Z, 2026-03-01T00:00:00Z)", IndexHour.FromStart(Utc(2026, 2, 28, 23)).ToString());
    }

    [Fact]
    public void Comparison_OrdersByStart()
    {
        var a = IndexHour.FromStart(Utc(2026, 3, 1, 1));
        var b = a.Next;

        Assert.True(a < b);
        Assert.True(b >= a);
        Assert.Equal(1, a.HoursUntil(b));
        Assert.Equal(-24, a.HoursUntil(a.AddHours(-24)));
    }
}
