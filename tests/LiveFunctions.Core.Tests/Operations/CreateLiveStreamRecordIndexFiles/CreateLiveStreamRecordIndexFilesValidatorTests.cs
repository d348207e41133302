using LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Operations.CreateLiveStreamRecordIndexFiles;

public sealed class CreateLiveStreamRecordIndexFilesValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    internal static CreateLiveStreamRecordIndexFilesRequest Valid() => new()
    {
        DomainName = "example.com",
        AppName = "liveApp",
        StreamName = "liveStream",
        OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
        OssBucket = "live-bucket",
        OssObject = "{AppName}/{StreamName}/{Date}/{Hour}/{Minute}_{Second}.m3u8",
        StartTime = "2026-03-15T10:00:00Z",
        EndTime = "2026-03-15T11:00:00Z",
        EndTimeIncluded = true,
    };

    private static ValidationError Single(CreateLiveStreamRecordIndexFilesRequest request, DateTimeOffset? now = null) =>
        Assert.Single(CreateLiveStreamRecordIndexFilesValidator.Validate(request, now ?? Now));

    private static void AssertValid(CreateLiveStreamRecordIndexFilesRequest request, DateTimeOffset? now = null) =>
        Assert.Empty(CreateLiveStreamRecordIndexFilesValidator.Validate(request, now ?? Now));

    private static CreateLiveStreamRecordIndexFilesRequest WithRange(TimeSpan length) => Valid() with
    {
        StartTime = "2026-03-10T00:00:00Z",
        EndTime = AlibabaTime.ToWire(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero) + length),
    };

    [Fact]
    public void Validate_ValidRequest_ReturnsNoErrors()
    {
        AssertValid(Valid());
    }

    [Fact]
    public void Validate_EndTimeIncludedLeftOut_ReturnsNoErrors()
    {
        AssertValid(Valid() with { EndTimeIncluded = null });
    }

    [Theory]
    [InlineData("DomainName")]
    [InlineData("AppName")]
    [InlineData("StreamName")]
    [InlineData("OssEndpoint")]
    [InlineData("OssBucket")]
    [InlineData("OssObject")]
    [InlineData("StartTime")]
    [InlineData("EndTime")]
    public void Validate_RequiredParameterMissing_ReturnsMissingParameter(string parameter)
    {
        var error = Single(Without(Valid(), parameter, null));

        Assert.Equal($"Missing{parameter}", error.Code);
        Assert.Equal(parameter, error.Parameter);
    }

    [Theory]
    [InlineData("DomainName")]
    [InlineData("OssObject")]
    [InlineData("EndTime")]
    public void Validate_RequiredParameterEmpty_ReturnsMissingParameter(string parameter)
    {
        var error = Single(Without(Valid(), parameter, string.Empty));

        Assert.Equal($"Missing{parameter}", error.Code);
        Assert.Equal(parameter, error.Parameter);
    }

    [Theory]
    [InlineData("2026-03-15 10:00:00")]
    [InlineData("2026-03-15T10:00:00+08:00")]
    [InlineData("2026-03-15T10:00:00.000Z")]
    [InlineData("yesterday")]
    public void Validate_StartTimeMalformed_ReturnsInvalidStartTimeMalformed(string value)
    {
        var error = Single(Valid() with { StartTime = value });

        Assert.Equal("InvalidStartTime.Malformed", error.Code);
        Assert.Equal("StartTime", error.Parameter);
    }

    [Theory]
    [InlineData("2026-03-15T11:00:00")]
    [InlineData("2026-02-30T11:00:00Z")]
    public void Validate_EndTimeMalformed_ReturnsInvalidEndTimeMalformed(string value)
    {
        var error = Single(Valid() with { EndTime = value });

        Assert.Equal("InvalidEndTime.Malformed", error.Code);
        Assert.Equal("EndTime", error.Parameter);
    }

    [Fact]
    public void Validate_EndTimeEqualToStartTime_ReturnsInvalidEndTimeMismatch()
    {
        var error = Single(Valid() with { EndTime = "2026-03-15T10:00:00Z" });

        Assert.Equal("InvalidEndTime.Mismatch", error.Code);
        Assert.Equal("EndTime", error.Parameter);
    }

    [Fact]
    public void Validate_EndTimeBeforeStartTime_ReturnsInvalidEndTimeMismatch()
    {
        var error = Single(Valid() with { EndTime = "2026-03-15T09:00:00Z" });

        Assert.Equal("InvalidEndTime.Mismatch", error.Code);
        Assert.Equal("EndTime", error.Parameter);
    }

    [Fact]
    public void Validate_IntervalOfOneSegment_ReturnsNoErrors()
    {
        AssertValid(WithRange(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Validate_IntervalShorterThanOneSegment_ReturnsInvalidEndTimeMismatch()
    {
        var error = Single(WithRange(TimeSpan.FromSeconds(29)));

        Assert.Equal("InvalidEndTime.Mismatch", error.Code);
        Assert.Equal("EndTime", error.Parameter);
    }

    [Fact]
    public void Validate_IntervalOfExactlyFourDays_ReturnsNoErrors()
    {
        AssertValid(WithRange(TimeSpan.FromDays(4)));
    }

    [Fact]
    public void Validate_IntervalOverFourDays_ReturnsInvalidEndTimeMismatch()
    {
        var error = Single(WithRange(TimeSpan.FromDays(4) + TimeSpan.FromSeconds(1)));

        Assert.Equal("InvalidEndTime.Mismatch", error.Code);
        Assert.Equal("EndTime", error.Parameter);
    }

    [Fact]
    public void Validate_StartTimeExactlyThreeMonthsAgo_ReturnsNoErrors()
    {
        AssertValid(Valid() with { StartTime = "2025-12-15T12:00:00Z", EndTime = "2025-12-15T13:00:00Z" });
    }

    [Fact]
    public void Validate_StartTimeOlderThanThreeMonths_ReturnsInvalidStartTimeMismatch()
    {
        var error = Single(Valid() with { StartTime = "2025-12-15T11:59:59Z", EndTime = "2025-12-15T13:00:00Z" });

        Assert.Equal("InvalidStartTime.Mismatch", error.Code);
        Assert.Equal("StartTime", error.Parameter);
    }

    [Fact]
    public void Validate_ThreeMonthsBackFromMonthEnd_ClampsToLastDayOfMonth()
    {
        // 31 May minus three calendar months is 28 February (2026 is not a leap year), not 3 March.
        var now = new DateTimeOffset(2026, 5, 31, 0, 0, 0, TimeSpan.Zero);

        AssertValid(Valid() with { StartTime = "2026-02-28T00:00:00Z", EndTime = "2026-02-28T01:00:00Z" }, now);
        var error = Single(Valid() with { StartTime = "2026-02-27T23:59:59Z", EndTime = "2026-02-28T01:00:00Z" }, now);
        Assert.Equal("InvalidStartTime.Mismatch", error.Code);
    }

    [Fact]
    public void Validate_NowWithOffset_MeasuresRetentionInUtc()
    {
        // 2026-03-15T12:00:00Z written with +08:00; three months back is 2025-12-15T12:00:00Z either way.
        var now = new DateTimeOffset(2026, 3, 15, 20, 0, 0, TimeSpan.FromHours(8));

        AssertValid(Valid() with { StartTime = "2025-12-15T12:00:00Z", EndTime = "2025-12-15T13:00:00Z" }, now);
    }

    [Fact]
    public void Validate_MalformedStartTime_DoesNotAlsoReportTheInterval()
    {
        var errors = CreateLiveStreamRecordIndexFilesValidator.Validate(Valid() with { StartTime = "bad", EndTime = "2026-03-15T09:00:00Z" }, Now);

        Assert.Equal(["InvalidStartTime.Malformed"], errors.Select(e => e.Code));
    }

    [Fact]
    public void Validate_SeveralBrokenRules_ReturnsEveryError()
    {
        var request = new CreateLiveStreamRecordIndexFilesRequest { OssBucket = "Bad_Bucket", StartTime = "2026-03-15T10:00:00Z", EndTime = "2026-03-15T10:00:10Z" };

        var codes = CreateLiveStreamRecordIndexFilesValidator.Validate(request, Now).Select(e => e.Code).ToArray();

        Assert.Equal(
            ["MissingDomainName", "MissingAppName", "MissingStreamName", "MissingOssEndpoint", "InvalidOssBucket.Malformed", "MissingOssObject", "InvalidEndTime.Mismatch"],
            codes);
    }

    [Fact]
    public void Validate_ThroughOperation_AppliesTheSameRules()
    {
        var error = Assert.Single(CreateLiveStreamRecordIndexFilesOperation.Instance.Validate(Valid() with { AppName = null }, Now));

        Assert.Equal("MissingAppName", error.Code);
    }

    private static CreateLiveStreamRecordIndexFilesRequest Without(CreateLiveStreamRecordIndexFilesRequest request, string parameter, string? value) => parameter switch
    {
        "DomainName" => request with { DomainName = value },
        "AppName" => request with { AppName = value },
        "StreamName" => request with { StreamName = value },
        "OssEndpoint" => request with { OssEndpoint = value },
        "OssBucket" => request with { OssBucket = value },
        "OssObject" => request with { OssObject = value },
        "StartTime" => request with { StartTime = value },
        "EndTime" => request with { EndTime = value },
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "Not a parameter of the request."),
    };
}
