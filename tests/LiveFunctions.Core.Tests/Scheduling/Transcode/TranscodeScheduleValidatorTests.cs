using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;
using LiveFunctions.Core.Scheduling.Transcode;
using LiveFunctions.Core.Validation;
using static LiveFunctions.Core.Tests.Scheduling.Transcode.TranscodeTestRules;

namespace LiveFunctions.Core.Tests.Scheduling.Transcode;

public sealed class TranscodeScheduleValidatorTests
{
    private static TranscodeSchedule Valid() => Schedule("Europe/Berlin", "19:30", "02:00:00", "Monday", "Thursday");

    private static ValidationError SingleError(TranscodeSchedule schedule) => Assert.Single(TranscodeScheduleValidator.Validate(schedule));

    [Fact]
    public void Parse_ValidSchedule_GivesTheRule()
    {
        var result = TranscodeScheduleValidator.Parse(Valid());

        Assert.Empty(result.Errors);
        var rule = Assert.IsType<TranscodeWindowRule>(result.Rule);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday], rule.Days);
        Assert.Equal(new TimeOnly(19, 30), rule.LocalStart);
        Assert.Equal(TimeSpan.FromHours(2), rule.Duration);
        Assert.Equal("Europe/Berlin", rule.TimeZone.Id);
    }

    [Fact]
    public void Parse_DailyAndAnyCaseDayNames_AreAccepted()
    {
        Assert.Equal(7, TranscodeScheduleValidator.Parse(Valid() with { DaysOfWeek = ["daily"] }).Rule!.Days.Count);
        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Friday], TranscodeScheduleValidator.Parse(Valid() with { DaysOfWeek = ["FRIDAY", "sunday"] }).Rule!.Days);
    }

    [Fact]
    public void Validate_WithStreamInputAndTranscodeOutput_IsValid()
    {
        var schedule = Valid() with
        {
            StreamInput = new StreamInput { InputUrl = "rtmp://mydomain/app/stream1", Type = "rtmp" },
            TranscodeOutput = new TranscodeOutput { DomainName = "mydomain", Type = "LiveCenter" },
        };

        Assert.Empty(TranscodeScheduleValidator.Validate(schedule));
    }

    [Fact]
    public void Validate_Empty_ReportsEveryMissingValue()
    {
        var codes = TranscodeScheduleValidator.Validate(new TranscodeSchedule()).Select(e => e.Code);

        Assert.Equal(["MissingJobId", "MissingDaysOfWeek", "MissingLocalStartTime", "MissingDuration", "MissingTimeZone"], codes);
    }

    [Theory]
    [InlineData("Mon")]
    [InlineData("Funday")]
    [InlineData("")]
    [InlineData("1")]
    public void Validate_UnknownDay_IsMalformedWithItsPosition(string day)
    {
        var error = SingleError(Valid() with { DaysOfWeek = ["Monday", day] });

        Assert.Equal("InvalidDaysOfWeek.Malformed", error.Code);
        Assert.Equal("DaysOfWeek.2", error.Parameter);
    }

    [Fact]
    public void Validate_DayListedTwice_IsMalformed()
    {
        var error = SingleError(Valid() with { DaysOfWeek = ["Monday", "monday"] });

        Assert.Equal("InvalidDaysOfWeek.Malformed", error.Code);
        Assert.Contains("more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DailyWithOtherDays_IsMalformed()
    {
        var error = SingleError(Valid() with { DaysOfWeek = ["Daily", "Monday"] });

        Assert.Equal("InvalidDaysOfWeek.Malformed", error.Code);
        Assert.Equal("DaysOfWeek", error.Parameter);
    }

    [Fact]
    public void Validate_NoDays_IsMissing()
    {
        Assert.Equal("MissingDaysOfWeek", SingleError(Valid() with { DaysOfWeek = [] }).Code);
    }

    [Theory]
    [InlineData("7:30")]
    [InlineData("24:00")]
    [InlineData("19:30:00")]
    [InlineData("7pm")]
    [InlineData("19:60")]
    public void Validate_BadLocalStartTime_IsMalformed(string value)
    {
        var error = SingleError(Valid() with { LocalStartTime = value });

        Assert.Equal("InvalidLocalStartTime.Malformed", error.Code);
        Assert.Equal("LocalStartTime", error.Parameter);
    }

    [Theory]
    [InlineData("2h")]
    [InlineData("02:00")]
    [InlineData("1.02:00:00")]
    [InlineData("02:60:00")]
    [InlineData("1000:00:00")]
    [InlineData("-01:00:00")]
    [InlineData("02:00:00\n")]
    public void Validate_BadDurationFormat_IsMalformed(string value)
    {
        Assert.Equal("InvalidDuration.Malformed", SingleError(Valid() with { Duration = value }).Code);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:00:59")]
    [InlineData("144:00:01")]
    public void Validate_WeeklyDurationOutOfRange_IsOutOfRange(string value)
    {
        var error = SingleError(Valid() with { DaysOfWeek = ["Sunday"], Duration = value });

        Assert.Equal("InvalidDuration.OutOfRange", error.Code);
        Assert.Equal("Duration", error.Parameter);
    }

    [Theory]
    [InlineData("00:01:00")]
    [InlineData("144:00:00")]
    public void Validate_WeeklyDurationAtTheLimits_IsValid(string value)
    {
        Assert.Empty(TranscodeScheduleValidator.Validate(Valid() with { DaysOfWeek = ["Sunday"], Duration = value }));
    }

    [Fact]
    public void Validate_DailyWindowLongerThanADayLessAnHour_IsOutOfRange()
    {
        Assert.Empty(TranscodeScheduleValidator.Validate(Valid() with { DaysOfWeek = ["Daily"], Duration = "23:00:00" }));

        var error = SingleError(Valid() with { DaysOfWeek = ["Daily"], Duration = "23:00:01" });

        Assert.Equal("InvalidDuration.OutOfRange", error.Code);
        Assert.Contains("23:00:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongestDuration_IsTheShortestGapLessAnHour()
    {
        Assert.Equal(TimeSpan.FromHours(23), TranscodeScheduleValidator.LongestDuration([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Friday]));
        Assert.Equal(TimeSpan.FromHours(47), TranscodeScheduleValidator.LongestDuration([DayOfWeek.Monday, DayOfWeek.Saturday]));
        Assert.Equal(TimeSpan.FromDays(6), TranscodeScheduleValidator.LongestDuration([DayOfWeek.Wednesday]));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Europe/Berlinn")]
    [InlineData("+02:00")]
    public void Validate_UnknownTimeZone_IsNotFound(string zone)
    {
        var error = SingleError(Valid() with { TimeZone = zone });

        Assert.Equal("InvalidTimeZone.NotFound", error.Code);
        Assert.Equal("TimeZone", error.Parameter);
    }

    [Fact]
    public void Validate_WindowsTimeZoneId_IsMalformed()
    {
        var error = SingleError(Valid() with { TimeZone = "W. Europe Standard Time" });

        Assert.Equal("InvalidTimeZone.Malformed", error.Code);
    }

    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("UTC")]
    [InlineData("America/New_York")]
    public void Validate_IanaTimeZone_IsValid(string zone)
    {
        Assert.Empty(TranscodeScheduleValidator.Validate(Valid() with { TimeZone = zone }));
    }

    [Fact]
    public void Validate_BadStreamInputAndOutput_UseTheUpdateLiveTranscodeJobRules()
    {
        var errors = TranscodeScheduleValidator.Validate(Valid() with
        {
            StreamInput = new StreamInput { Type = "rtmp" },
            TranscodeOutput = new TranscodeOutput { DomainName = "mydomain", Type = "Other" },
        });

        Assert.Equal(["MissingInputUrl", "InvalidType.Malformed"], errors.Select(e => e.Code));
        Assert.Equal(["StreamInput.InputUrl", "TranscodeOutput.Type"], errors.Select(e => e.Parameter));
    }

    [Fact]
    public void Parse_AnyError_GivesNoRule()
    {
        Assert.Null(TranscodeScheduleValidator.Parse(Valid() with { JobId = null }).Rule);
    }
}
