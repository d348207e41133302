using LiveFunctions.Core.Scheduling.Transcode;

namespace LiveFunctions.Core.Tests.Scheduling.Transcode;

/// <summary>Builds parsed rules for the tests (each call makes a new one).</summary>
internal static class TranscodeTestRules
{
    public static TranscodeSchedule Schedule(string zone, string start, string duration, params string[] days) => new()
    {
        JobId = "job-1",
        DaysOfWeek = days,
        LocalStartTime = start,
        Duration = duration,
        TimeZone = zone,
    };

    public static TranscodeWindowRule Rule(string zone, string start, string duration, params string[] days)
    {
        var result = TranscodeScheduleValidator.Parse(Schedule(zone, start, duration, days));
        Assert.Empty(result.Errors);
        return result.Rule!;
    }

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
