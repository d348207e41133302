using System.Globalization;
using LiveFunctions.App.Hosting.Timers.Cron;

namespace LiveFunctions.App.Tests.Hosting.Timers.Cron;

public sealed class CronScheduleTests
{
    private static DateTimeOffset At(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateTimeOffset? Next(string expression, string after)
    {
        var schedule = CronSchedule.TryParse(expression, out var error);
        Assert.True(schedule is not null, error?.Message);
        return schedule.GetNextOccurrence(At(after));
    }

    [Theory]
    // every 5 minutes, on the hour boundary and strictly after an exact match
    [InlineData("0 */5 * * * *", "2026-01-01T10:02:13Z", "2026-01-01T10:05:00Z")]
    [InlineData("0 */5 * * * *", "2026-01-01T10:05:00Z", "2026-01-01T10:10:00Z")]
    [InlineData("0 */5 * * * *", "2026-01-01T10:55:00Z", "2026-01-01T11:00:00Z")]
    // the pack's defaults
    [InlineData("0 5 * * * *", "2026-01-01T10:05:00Z", "2026-01-01T11:05:00Z")]
    [InlineData("0 5 * * * *", "2026-01-01T23:30:00Z", "2026-01-02T00:05:00Z")]
    [InlineData("0 */15 * * * *", "2026-01-01T10:14:59.999Z", "2026-01-01T10:15:00Z")]
    // seconds field, including a fractional base time
    [InlineData("*/10 * * * * *", "2026-01-01T10:00:00.500Z", "2026-01-01T10:00:10Z")]
    [InlineData("30 * * * * *", "2026-01-01T10:00:30Z", "2026-01-01T10:01:30Z")]
    // day, month and year boundaries
    [InlineData("0 0 0 * * *", "2026-01-31T12:00:00Z", "2026-02-01T00:00:00Z")]
    [InlineData("0 0 0 1 * *", "2026-12-15T00:00:00Z", "2027-01-01T00:00:00Z")]
    [InlineData("0 59 23 31 12 *", "2026-12-31T23:59:00Z", "2027-12-31T23:59:00Z")]
    // lists and ranges
    [InlineData("0 0,30 9-10 * * *", "2026-01-01T09:30:00Z", "2026-01-01T10:00:00Z")]
    [InlineData("0 0,30 9-10 * * *", "2026-01-01T10:30:00Z", "2026-01-02T09:00:00Z")]
    [InlineData("0 10-20/5 * * * *", "2026-01-01T10:16:00Z", "2026-01-01T10:20:00Z")]
    [InlineData("0 10-20/5 * * * *", "2026-01-01T10:20:00Z", "2026-01-01T11:10:00Z")]
    // a/n means from a to the maximum
    [InlineData("0 50/5 * * * *", "2026-01-01T10:51:00Z", "2026-01-01T10:55:00Z")]
    [InlineData("0 50/5 * * * *", "2026-01-01T10:55:00Z", "2026-01-01T11:50:00Z")]
    public void GetNextOccurrence_SixFieldExpressions_FindTheFirstLaterOccurrence(string expression, string after, string expected)
    {
        Assert.Equal(At(expected), Next(expression, after));
    }

    [Theory]
    // 09:30 on weekdays (the docs' example); 2026-01-02 is a Friday
    [InlineData("0 30 9 * * 1-5", "2026-01-02T09:30:00Z", "2026-01-05T09:30:00Z")]
    [InlineData("0 30 9 * * MON-FRI", "2026-01-02T09:30:00Z", "2026-01-05T09:30:00Z")]
    [InlineData("0 0 12 * * Sun", "2026-01-01T00:00:00Z", "2026-01-04T12:00:00Z")]
    [InlineData("0 0 12 * * 0", "2026-01-01T00:00:00Z", "2026-01-04T12:00:00Z")]
    [InlineData("0 0 12 * * saturday", "2026-01-01T00:00:00Z", "2026-01-03T12:00:00Z")]
    [InlineData("0 0 0 1 JAN,jul *", "2026-02-01T00:00:00Z", "2026-07-01T00:00:00Z")]
    [InlineData("0 0 0 1 Sept *", "2026-02-01T00:00:00Z", "2026-09-01T00:00:00Z")]
    public void GetNextOccurrence_NamesAndDayOfWeek_MatchNcrontab(string expression, string after, string expected)
    {
        Assert.Equal(At(expected), Next(expression, after));
    }

    [Fact]
    public void GetNextOccurrence_DayOfMonthAndDayOfWeekBothSet_RequiresBoth()
    {
        // NCRONTAB (the Functions timer) ANDs the two fields: only a Friday the 13th. Vixie cron would OR them.
        // 2026: February 13 and March 13 are Fridays; next after that is November 13.
        Assert.Equal(At("2026-02-13T00:00:00Z"), Next("0 0 0 13 * FRI", "2026-01-01T00:00:00Z"));
        Assert.Equal(At("2026-03-13T00:00:00Z"), Next("0 0 0 13 * FRI", "2026-02-13T00:00:00Z"));
        Assert.Equal(At("2026-11-13T00:00:00Z"), Next("0 0 0 13 * FRI", "2026-03-13T00:00:00Z"));
    }

    [Fact]
    public void GetNextOccurrence_February29_FiresOnlyInLeapYears()
    {
        Assert.Equal(At("2028-02-29T00:00:00Z"), Next("0 0 0 29 2 *", "2026-03-01T00:00:00Z"));
        Assert.Equal(At("2032-02-29T00:00:00Z"), Next("0 0 0 29 2 *", "2028-02-29T00:00:00Z"));
        // 2100 is not a leap year: 2096 is followed by 2104.
        Assert.Equal(At("2104-02-29T00:00:00Z"), Next("0 0 0 29 2 *", "2096-02-29T00:00:00Z"));
    }

    [Fact]
    public void GetNextOccurrence_Day31_SkipsShorterMonths()
    {
        Assert.Equal(At("2026-03-31T00:00:00Z"), Next("0 0 0 31 * *", "2026-01-31T00:00:00Z"));
        Assert.Equal(At("2026-05-31T00:00:00Z"), Next("0 0 0 31 * *", "2026-03-31T00:00:00Z"));
    }

    [Fact]
    public void GetNextOccurrence_LeapDayOnAGivenWeekday_SearchesAcrossDecades()
    {
        // February 29 on a Monday: 2044, then 2072.
        Assert.Equal(At("2044-02-29T00:00:00Z"), Next("0 0 0 29 2 MON", "2026-01-01T00:00:00Z"));
        Assert.Equal(At("2072-02-29T00:00:00Z"), Next("0 0 0 29 2 MON", "2044-02-29T00:00:00Z"));
    }

    [Theory]
    [InlineData("0 0 0 30 2 *")]
    [InlineData("0 0 0 31 4,6,9,11 *")]
    public void GetNextOccurrence_DayThatNeverExists_ReturnsNull(string expression)
    {
        Assert.Null(Next(expression, "2026-01-01T00:00:00Z"));
    }

    [Fact]
    public void GetNextOccurrence_FiveFields_FireAtSecondZero()
    {
        Assert.Equal(At("2026-01-01T10:05:00Z"), Next("*/5 * * * *", "2026-01-01T10:00:00Z"));
        Assert.Equal(At("2026-01-05T09:30:00Z"), Next("30 9 * * 1-5", "2026-01-02T09:30:00Z"));
    }

    [Fact]
    public void GetNextOccurrence_NonUtcBase_IsEvaluatedInUtc()
    {
        var after = new DateTimeOffset(2026, 1, 1, 12, 2, 0, TimeSpan.FromHours(8)); // 04:02 UTC
        var schedule = CronSchedule.TryParse("0 5 * * * *", out _)!;
        var next = schedule.GetNextOccurrence(after);
        Assert.Equal(At("2026-01-01T04:05:00Z"), next);
        Assert.Equal(TimeSpan.Zero, next!.Value.Offset);
    }

    [Theory]
    [InlineData("", "0 fields")]
    [InlineData("* * * *", "4 fields")]
    [InlineData("0 0 0 * * * *", "7 fields")]
    [InlineData("60 * * * * *", "second")]
    [InlineData("0 60 * * * *", "minute")]
    [InlineData("0 0 24 * * *", "hour")]
    [InlineData("0 0 0 0 * *", "day-of-month")]
    [InlineData("0 0 0 32 * *", "day-of-month")]
    [InlineData("0 0 0 * 13 *", "month")]
    [InlineData("0 0 0 * * 7", "7 is not accepted")]
    [InlineData("0 */0 * * * *", "step")]
    [InlineData("0 */x * * * *", "step")]
    [InlineData("0 20-10 * * * *", "start is after its end")]
    [InlineData("0 1,,2 * * * *", "empty list item")]
    [InlineData("0 0 0 * * FUN", "unknown value")]
    [InlineData("0 0 0 * * MO", "unknown value")]
    [InlineData("0 0 0 ? * MON", "not a number")]
    [InlineData("0 0 0 L * *", "not a number")]
    [InlineData("0 -5 * * * *", "not a number")]
    public void TryParse_InvalidExpression_ReturnsAnErrorNamingTheProblem(string expression, string expectedFragment)
    {
        var schedule = CronSchedule.TryParse(expression, out var error);

        Assert.Null(schedule);
        Assert.NotNull(error);
        Assert.Equal("InvalidSchedule", error.Code);
        Assert.Equal("schedule", error.Parameter);
        Assert.Contains(expectedFragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_ReturnsAnError()
    {
        Assert.Null(CronSchedule.TryParse(null, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void TryParse_ExtraWhitespace_IsAccepted()
    {
        var schedule = CronSchedule.TryParse("  0  5 *  * * *  ", out var error);
        Assert.Null(error);
        Assert.Equal("0  5 *  * * *", schedule!.Expression);
    }
}
