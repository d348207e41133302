using LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;
using LiveFunctions.Core.Tests.Validation;
using static LiveFunctions.Core.Tests.Operations.UpdateLiveAppRecordConfig.UpdateRecordConfigRequests;

namespace LiveFunctions.Core.Tests.Operations.UpdateLiveAppRecordConfig;

public sealed class UpdateLiveAppRecordConfigValidatorTests
{
    [Fact]
    public void Validate_MinimalValidRequest_ReturnsNoErrors()
    {
        ErrorAssert.None(Validate(Valid()));
    }


    [Fact]
    public void Validate_EveryParameterValid_ReturnsNoErrors()
    {
        var request = Valid() with
        {
            StreamName = "liveStream",
            StartTime = "2026-03-01T11:00:00Z",
            EndTime = "2026-03-02T11:00:00Z",
            OnDemand = 7,
            DelayTime = 180,
            RecordFormat =
            [
                new RecordFormatItem { Format = "m3u8", CycleDuration = 21600, SliceDuration = 30 },
                new RecordFormatItem { Format = "mp4", CycleDuration = 3600 },
            ],
            TranscodeRecordFormat = [new RecordFormatItem { Format = "flv", CycleDuration = 3600 }],
            TranscodeTemplates = ["sd", "hd"],
        };

        ErrorAssert.None(Validate(request));
    }


    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_DomainNameMissing_ReturnsMissingDomainName(string? value)
    {
        ErrorAssert.Single(Validate(Valid() with { DomainName = value }), "MissingDomainName", "DomainName");
    }


    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_AppNameMissing_ReturnsMissingAppName(string? value)
    {
        ErrorAssert.Single(Validate(Valid() with { AppName = value }), "MissingAppName", "AppName");
    }


    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_OssEndpointMissing_ReturnsMissingOssEndpoint(string? value)
    {
        ErrorAssert.Single(Validate(Valid() with { OssEndpoint = value }), "MissingOssEndpoint", "OssEndpoint");
    }


    [Theory]
    [InlineData("https://oss-cn-shanghai.aliyuncs.com")]
    [InlineData("oss-cn-shanghai.aliyuncs.com:443")]
    [InlineData("oss-cn-shanghai.aliyuncs.com/bucket")]
    [InlineData("oss cn.aliyuncs.com")]
    [InlineData("-oss.aliyuncs.com")]
    [InlineData("oss..aliyuncs.com")]
    [InlineData("localhost")]
    public void Validate_OssEndpointNotAHostName_ReturnsInvalidOssEndpointMalformed(string value)
    {
        ErrorAssert.Single(Validate(Valid() with { OssEndpoint = value }), "InvalidOssEndpoint.Malformed", "OssEndpoint");
    }


    [Theory]
    [InlineData(15)]
    [InlineData(21600)]
    public void Validate_DelayTimeAtBounds_ReturnsNoErrors(int value)
    {
        ErrorAssert.None(Validate(Valid() with { DelayTime = value }));
    }


    [Theory]
    [InlineData(14)]
    [InlineData(21601)]
    public void Validate_DelayTimeOutOfRange_ReturnsInvalidDelayTime(int value)
    {
        ErrorAssert.Single(Validate(Valid() with { DelayTime = value }), "InvalidDelayTime", "DelayTime");
    }


    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Validate_ListedOnDemandMode_ReturnsNoErrors(int value)
    {
        ErrorAssert.None(Validate(Valid() with { OnDemand = value }));
    }


    [Theory]
    [InlineData(3)]
    [InlineData(-1)]
    [InlineData(8)]
    public void Validate_OnDemandNotListed_ReturnsInvalidOnDemandMalformed(int value)
    {
        ErrorAssert.Single(Validate(Valid() with { OnDemand = value }), "InvalidOnDemand.Malformed", "OnDemand");
    }


    [Theory]
    [InlineData("2026-03-01 11:00:00")]
    [InlineData("2026-03-01T11:00:00+08:00")]
    [InlineData("2026-03-01T11:00:00.000Z")]
    [InlineData("tomorrow")]
    public void Validate_StartTimeMalformed_ReturnsInvalidStartTimeMalformed(string value)
    {
        ErrorAssert.Single(Validate(StreamLevel(value, null)), "InvalidStartTime.Malformed", "StartTime");
    }


    [Theory]
    [InlineData("2026-03-02")]
    [InlineData("2026-03-02T11:00:00")]
    public void Validate_EndTimeMalformed_ReturnsInvalidEndTimeMalformed(string value)
    {
        ErrorAssert.Single(Validate(StreamLevel("2026-03-01T11:00:00Z", value)), "InvalidEndTime.Malformed", "EndTime");
    }


    [Fact]
    public void Validate_StartTimeWithoutStreamName_ReturnsMissingStreamName()
    {
        ErrorAssert.Single(Validate(Valid() with { StartTime = "2026-03-01T11:00:00Z" }), "MissingStreamName", "StreamName");
    }


    [Fact]
    public void Validate_EndTimeWithoutStreamName_ReturnsMissingStreamName()
    {
        ErrorAssert.Single(Validate(Valid() with { EndTime = "2026-03-01T11:00:00Z" }), "MissingStreamName", "StreamName");
    }


    [Fact]
    public void Validate_EndTimeEqualToStartTime_ReturnsInvalidEndTimeMismatch()
    {
        ErrorAssert.Single(Validate(StreamLevel("2026-03-01T11:00:00Z", "2026-03-01T11:00:00Z")), "InvalidEndTime.Mismatch", "EndTime");
    }


    [Fact]
    public void Validate_EndTimeBeforeStartTime_ReturnsInvalidEndTimeMismatch()
    {
        ErrorAssert.Single(Validate(StreamLevel("2026-03-01T12:00:00Z", "2026-03-01T11:00:00Z")), "InvalidEndTime.Mismatch", "EndTime");
    }


    [Fact]
    public void Validate_EndTimeExactlySevenDaysAfterStartTime_ReturnsNoErrors()
    {
        ErrorAssert.None(Validate(StreamLevel("2026-03-01T11:00:00Z", "2026-03-08T11:00:00Z")));
    }


    [Fact]
    public void Validate_EndTimeMoreThanSevenDaysAfterStartTime_ReturnsInvalidEndTimeMismatch()
    {
        ErrorAssert.Single(Validate(StreamLevel("2026-03-01T11:00:00Z", "2026-03-08T11:00:01Z")), "InvalidEndTime.Mismatch", "EndTime");
    }


    [Theory]
    [InlineData("2026-03-01T10:00:00Z")]
    [InlineData("2026-03-01T09:00:00Z")]
    public void Validate_EndTimeNotAfterNow_ReturnsInvalidEndTimeMismatch(string end)
    {
        ErrorAssert.Single(Validate(StreamLevel(null, end)), "InvalidEndTime.Mismatch", "EndTime");
    }


    [Fact]
    public void Validate_EndTimeOneSecondAfterNow_ReturnsNoErrors()
    {
        ErrorAssert.None(Validate(StreamLevel(null, "2026-03-01T10:00:01Z")));
    }


    [Fact]
    public void Validate_StartTimeSevenDaysBeforeNow_ReturnsNoErrors()
    {
        ErrorAssert.None(Validate(StreamLevel("2026-02-22T10:00:00Z", null)));
    }


    [Fact]
    public void Validate_StartTimeMoreThanSevenDaysBeforeNow_ReturnsInvalidStartTimeMismatch()
    {
        ErrorAssert.Single(Validate(StreamLevel("2026-02-22T09:59:59Z", null)), "InvalidStartTime.Mismatch", "StartTime");
    }


    [Fact]
    public void Validate_SeveralMistakes_ReportsEveryOne()
    {
        var request = new UpdateLiveAppRecordConfigRequest
        {
            OssEndpoint = "https://oss",
            DelayTime = 1,
            RecordFormat = [new RecordFormatItem { Format = "avi", SliceDuration = 40 }],
        };

        var codes = Validate(request).Select(e => e.Code).ToArray();

        Assert.Equal(
            ["MissingDomainName", "MissingAppName", "InvalidOssEndpoint.Malformed", "InvalidDelayTime", "InvalidFormat.Malformed", "InvalidSliceDuration.Malformed"],
            codes);
    }
}
