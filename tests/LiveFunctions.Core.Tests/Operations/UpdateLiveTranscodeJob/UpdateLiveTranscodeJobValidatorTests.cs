using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Operations.UpdateLiveTranscodeJob;

public sealed class UpdateLiveTranscodeJobValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    private static UpdateLiveTranscodeJobRequest Valid() => new()
    {
        JobId = "20b48fb04483915d4f2cd8ac",
        Name = "mytest3",
        StreamInput = new StreamInput { InputUrl = "rtmp://mydomain/app/stream1", Type = "rtmp" },
        TranscodeOutput = new TranscodeOutput { DomainName = "mydomain", Type = "LiveCenter" },
        TimedConfig = new TimedConfig { StartTime = "2026-03-16T02:00:00Z", EndTime = "2026-03-16T04:00:00Z" },
    };

    private static UpdateLiveTranscodeJobRequest WithTimes(string? start, string? end) =>
        Valid() with { TimedConfig = new TimedConfig { StartTime = start, EndTime = end } };

    private static string At(TimeSpan fromNow) => AlibabaTime.ToWire(Now + fromNow);

    private static ValidationError Single(UpdateLiveTranscodeJobRequest request) =>
        Assert.Single(UpdateLiveTranscodeJobValidator.Validate(request, Now));

    private static void AssertValid(UpdateLiveTranscodeJobRequest request) =>
        Assert.Empty(UpdateLiveTranscodeJobValidator.Validate(request, Now));

    [Fact]
    public void Validate_ValidFullRequest_ReturnsNoErrors()
    {
        AssertValid(Valid());
    }

    [Fact]
    public void Validate_ValidNameOnlyRequest_ReturnsNoErrors()
    {
        AssertValid(new UpdateLiveTranscodeJobRequest { JobId = "20b48fb04483915d4f2cd8ac", Name = "renamed" });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_JobIdMissing_ReturnsMissingJobId(string? jobId)
    {
        var error = Single(Valid() with { JobId = jobId });

        Assert.Equal("MissingJobId", error.Code);
        Assert.Equal("JobId", error.Parameter);
    }

    [Fact]
    public void Validate_StreamInputTypeMissing_ReturnsMissingType()
    {
        var error = Single(Valid() with { StreamInput = new StreamInput { InputUrl = "rtmp://mydomain/app/stream1" } });

        Assert.Equal("MissingType", error.Code);
        Assert.Equal("StreamInput.Type", error.Parameter);
    }

    [Fact]
    public void Validate_StreamInputInputUrlMissing_ReturnsMissingInputUrl()
    {
        var error = Single(Valid() with { StreamInput = new StreamInput { Type = "rtmp" } });

        Assert.Equal("MissingInputUrl", error.Code);
        Assert.Equal("StreamInput.InputUrl", error.Parameter);
    }

    [Theory]
    [InlineData("rtsp")]
    [InlineData("RTMP")]
    [InlineData("srt")]
    public void Validate_StreamInputTypeNotRtmp_ReturnsInvalidTypeMalformed(string type)
    {
        var error = Single(Valid() with { StreamInput = new StreamInput { InputUrl = "rtmp://mydomain/app/stream1", Type = type } });

        Assert.Equal("InvalidType.Malformed", error.Code);
        Assert.Equal("StreamInput.Type", error.Parameter);
    }

    [Theory]
    [InlineData("http://mydomain/app/stream1")]
    [InlineData("rtmp://")]
    [InlineData("mydomain/app/stream1")]
    [InlineData("rtmps://mydomain/app/stream1")]
    public void Validate_StreamInputInputUrlNotRtmp_ReturnsInvalidInputUrlMalformed(string url)
    {
        var error = Single(Valid() with { StreamInput = new StreamInput { InputUrl = url, Type = "rtmp" } });

        Assert.Equal("InvalidInputUrl.Malformed", error.Code);
        Assert.Equal("StreamInput.InputUrl", error.Parameter);
    }

    [Theory]
    [InlineData("rtmp://mydomain/app/stream1?auth_key=1700000000-0-0-abc")]
    [InlineData("RTMP://mydomain:1935/app/stream1")]
    public void Validate_StreamInputInputUrlRtmp_ReturnsNoErrors(string url)
    {
        AssertValid(Valid() with { StreamInput = new StreamInput { InputUrl = url, Type = "rtmp" } });
    }

    [Fact]
    public void Validate_TranscodeOutputTypeMissing_ReturnsMissingType()
    {
        var error = Single(Valid() with { TranscodeOutput = new TranscodeOutput { DomainName = "mydomain" } });

        Assert.Equal("MissingType", error.Code);
        Assert.Equal("TranscodeOutput.Type", error.Parameter);
    }

    [Fact]
    public void Validate_TranscodeOutputDomainNameMissing_ReturnsMissingDomainName()
    {
        var error = Single(Valid() with { TranscodeOutput = new TranscodeOutput { Type = "LiveCenter" } });

        Assert.Equal("MissingDomainName", error.Code);
        Assert.Equal("TranscodeOutput.DomainName", error.Parameter);
    }

    [Theory]
    [InlineData("livecenter")]
    [InlineData("rtmp")]
    public void Validate_TranscodeOutputTypeNotLiveCenter_ReturnsInvalidTypeMalformed(string type)
    {
        var error = Single(Valid() with { TranscodeOutput = new TranscodeOutput { DomainName = "mydomain", Type = type } });

        Assert.Equal("InvalidType.Malformed", error.Code);
        Assert.Equal("TranscodeOutput.Type", error.Parameter);
    }

    [Fact]
    public void Validate_TimedConfigStartTimeMalformed_ReturnsInvalidStartTimeMalformed()
    {
        var error = Single(WithTimes("2026-03-16 02:00:00", null));

        Assert.Equal("InvalidStartTime.Malformed", error.Code);
        Assert.Equal("TimedConfig.StartTime", error.Parameter);
    }

    [Fact]
    public void Validate_TimedConfigEndTimeMalformed_ReturnsInvalidEndTimeMalformed()
    {
        var error = Single(WithTimes(null, "2026-03-16T04:00:00.5Z"));

        Assert.Equal("InvalidEndTime.Malformed", error.Code);
        Assert.Equal("TimedConfig.EndTime", error.Parameter);
    }

    [Theory]
    [InlineData("2026-03-16T04:00:00Z")]
    [InlineData("2026-03-16T03:00:00Z")]
    public void Validate_TimedConfigEndTimeNotAfterStartTime_ReturnsInvalidEndTimeMalformed(string endTime)
    {
        var error = Single(WithTimes("2026-03-16T04:00:00Z", endTime));

        Assert.Equal("InvalidEndTime.Malformed", error.Code);
        Assert.Equal("TimedConfig.EndTime", error.Parameter);
    }

    [Fact]
    public void Validate_TimedConfigTimesExactlySevenDaysAhead_ReturnsNoErrors()
    {
        AssertValid(WithTimes(At(TimeSpan.FromDays(7) - TimeSpan.FromHours(1)), At(TimeSpan.FromDays(7))));
        AssertValid(WithTimes(At(TimeSpan.FromDays(7)), null));
    }

    [Fact]
    public void Validate_TimedConfigStartTimeOverSevenDaysAhead_ReturnsInvalidStartTimeMalformed()
    {
        var error = Single(WithTimes(At(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1)), null));

        Assert.Equal("InvalidStartTime.Malformed", error.Code);
        Assert.Equal("TimedConfig.StartTime", error.Parameter);
    }

    [Fact]
    public void Validate_TimedConfigEndTimeOverSevenDaysAhead_ReturnsInvalidEndTimeMalformed()
    {
        var error = Single(WithTimes(At(TimeSpan.FromDays(1)), At(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1))));

        Assert.Equal("InvalidEndTime.Malformed", error.Code);
        Assert.Equal("TimedConfig.EndTime", error.Parameter);
    }

    [Fact]
    public void Validate_TimedConfigStartTimeExactlySevenDaysAgo_ReturnsNoErrors()
    {
        // The document bounds the span between the time and now; it does not forbid a time in the past.
        AssertValid(WithTimes(At(-TimeSpan.FromDays(7)), At(TimeSpan.FromHours(1))));
    }

    [Fact]
    public void Validate_TimedConfigStartTimeOverSevenDaysAgo_ReturnsInvalidStartTimeMalformed()
    {
        var error = Single(WithTimes(At(-TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1)), At(TimeSpan.FromHours(1))));

        Assert.Equal("InvalidStartTime.Malformed", error.Code);
        Assert.Equal("TimedConfig.StartTime", error.Parameter);
    }

    [Fact]
    public void Validate_TimedConfigEndTimeOverSevenDaysAgo_ReturnsInvalidEndTimeMalformed()
    {
        var error = Single(WithTimes(null, At(-TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1))));

        Assert.Equal("InvalidEndTime.Malformed", error.Code);
        Assert.Equal("TimedConfig.EndTime", error.Parameter);
    }

    [Fact]
    public void Validate_EmptyObjects_ReportEveryMissingInnerField()
    {
        var request = new UpdateLiveTranscodeJobRequest { JobId = "j", StreamInput = new StreamInput(), TranscodeOutput = new TranscodeOutput(), TimedConfig = new TimedConfig() };

        var errors = UpdateLiveTranscodeJobValidator.Validate(request, Now);

        Assert.Equal(
            ["StreamInput.Type", "StreamInput.InputUrl", "TranscodeOutput.Type", "TranscodeOutput.DomainName"],
            errors.Select(e => e.Parameter));
    }
}
