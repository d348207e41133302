using System.Text.Json.Nodes;
using LiveFunctions.Core.Scheduling;
using LiveFunctions.Core.Scheduling.Transcode;
using static LiveFunctions.Core.Tests.Scheduling.Transcode.TranscodeTestRules;

namespace LiveFunctions.Core.Tests.Scheduling.Transcode;

public sealed class TranscodeScheduleStatusTests
{
    [Fact]
    public void Create_BerlinAcrossSpringForward_ListsUtcAndLocalTimesWithTheirOffsets()
    {
        var schedule = Schedule("Europe/Berlin", "02:30", "02:00:00", "Daily");
        var rule = TranscodeScheduleValidator.Parse(schedule).Rule!;

        var status = TranscodeScheduleStatus.Create(schedule, rule, null, Utc(2026, 3, 27, 12), 3);

        Assert.Equal(3, status.NextWindows.Count);
        Assert.Equal(new TranscodeWindowView("2026-03-28T01:30:00Z", "2026-03-28T03:30:00Z", "2026-03-28", "2026-03-28T02:30:00+01:00", "2026-03-28T04:30:00+01:00"), status.NextWindows[0]);
        Assert.Equal(new TranscodeWindowView("2026-03-29T01:30:00Z", "2026-03-29T03:30:00Z", "2026-03-29", "2026-03-29T03:30:00+02:00", "2026-03-29T05:30:00+02:00"), status.NextWindows[1]);
        Assert.Equal("2026-03-30T02:30:00+02:00", status.NextWindows[2].LocalStartTime);
        Assert.Null(status.LastAction);
    }

    [Fact]
    public void Json_Status_HasTheScheduleAndWindows()
    {
        var schedule = Schedule("Asia/Shanghai", "20:00", "01:30:00", "Friday");
        var status = TranscodeScheduleStatus.Create(schedule, TranscodeScheduleValidator.Parse(schedule).Rule!, null, Utc(2026, 3, 16, 0), 1);

        // Compared as JSON values: the serializer escapes '+' as \u002B, which reads back the same.
        AssertSameJson(
            """{"Schedule":{"JobId":"job-1","DaysOfWeek":["Friday"],"LocalStartTime":"20:00","Duration":"01:30:00","TimeZone":"Asia/Shanghai"},"NextWindows":[{"StartTime":"2026-03-20T12:00:00Z","EndTime":"2026-03-20T13:30:00Z","LocalDate":"2026-03-20","LocalStartTime":"2026-03-20T20:00:00+08:00","LocalEndTime":"2026-03-20T21:30:00+08:00"}]}""",
            SchedulingJson.Serialize(status));
    }

    private static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}{Environment.NewLine}Actual   {actual}");

    [Fact]
    public void Json_Schedule_RoundTrips()
    {
        var schedule = Schedule("Europe/Berlin", "19:30", "02:00:00", "Monday", "Thursday");

        Assert.True(SchedulingJson.TryDeserialize<TranscodeSchedule>(SchedulingJson.Serialize(schedule), out var read, out var error), error);
        Assert.Equal(schedule.DaysOfWeek, read.DaysOfWeek);
        Assert.Equal(schedule with { DaysOfWeek = read.DaysOfWeek }, read);
    }
}
