using LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;
using LiveFunctions.Core.Tests.Validation;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Operations.UpdateLiveAppRecordConfig;

public sealed class UpdateLiveAppRecordConfigValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static UpdateLiveAppRecordConfigRequest Valid() => new()
    {
        DomainName = "example.com",
        AppName = "liveApp",
        OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
        RecordFormat = [new RecordFormatItem { Format = "m3u8", CycleDuration = 3600, SliceDuration = 30 }],
    };

    private static IReadOnlyList<ValidationError> Validate(UpdateLiveAppRecordConfigRequest request) =>
        UpdateLiveAppRecordConfigOperation.Instance.Validate(request, Now);

    private static UpdateLiveAppRecordConfigRequest WithFormat(RecordFormatItem item) => Valid() with { RecordFormat = [item] };

    private static UpdateLiveAppRecordConfigRequest StreamLevel(string? start, string? end) =>
        Valid() with { StreamName = "liveStream", StartTime = start, EndTime = end };

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

    [Fact]
    public void Validate_NeitherRecordFormatNorTranscodeRecordFormat_ReturnsMissingRecordFormat()
    {
        ErrorAssert.Single(Validate(Valid() with { RecordFormat = null }), "MissingRecordFormat", "RecordFormat");
    }

    [Fact]
    public void Validate_BothFormatListsEmpty_ReturnsMissingRecordFormat()
    {
        ErrorAssert.Single(Validate(Valid() with { RecordFormat = [], TranscodeRecordFormat = [] }), "MissingRecordFormat", "RecordFormat");
    }

    [Fact]
    public void Validate_OnlyTranscodeRecordFormat_ReturnsNoErrors()
    {
        var request = Valid() with
        {
            RecordFormat = null,
            TranscodeRecordFormat = [new RecordFormatItem { Format = "mp4" }],
            TranscodeTemplates = ["sd"],
        };

        ErrorAssert.None(Validate(request));
    }

    [Theory]
    [InlineData("m3u8")]
    [InlineData("flv")]
    [InlineData("mp4")]
    [InlineData("cmaf")]
    public void Validate_ListedFormat_ReturnsNoErrors(string format)
    {
        ErrorAssert.None(Validate(WithFormat(new RecordFormatItem { Format = format })));
    }

    [Theory]
    [InlineData("ts")]
    [InlineData("M3U8")]
    [InlineData("mp3")]
    public void Validate_FormatNotListed_ReturnsInvalidFormatMalformed(string format)
    {
        ErrorAssert.Single(Validate(WithFormat(new RecordFormatItem { Format = format })), "InvalidFormat.Malformed", "RecordFormat.1.Format");
    }

    [Fact]
    public void Validate_TranscodeFormatNotListed_ReturnsInvalidFormatMalformed()
    {
        var request = Valid() with { TranscodeRecordFormat = [new RecordFormatItem { Format = "avi" }], TranscodeTemplates = ["sd"] };

        ErrorAssert.Single(Validate(request), "InvalidFormat.Malformed", "TranscodeRecordFormat.1.Format");
    }

    [Fact]
    public void Validate_ItemWithoutFormat_ReturnsMissingFormat()
    {
        ErrorAssert.Single(Validate(WithFormat(new RecordFormatItem { CycleDuration = 3600 })), "MissingFormat", "RecordFormat.1.Format");
    }

    [Fact]
    public void Validate_NullItem_ReturnsMissingFormatAtItsPosition()
    {
        var request = Valid() with { RecordFormat = [new RecordFormatItem { Format = "flv" }, null!] };

        ErrorAssert.Single(Validate(request), "MissingFormat", "RecordFormat.2.Format");
    }

    [Fact]
    public void Validate_FormatRepeatedInRecordFormat_ReturnsInvalidFormatIllegalOperation()
    {
        var request = Valid() with { RecordFormat = [new RecordFormatItem { Format = "flv" }, new RecordFormatItem { Format = "flv" }] };

        ErrorAssert.Single(Validate(request), "InvalidFormat.IllegalOperation", "RecordFormat.2.Format");
    }

    [Fact]
    public void Validate_FormatRepeatedInTranscodeRecordFormat_ReturnsInvalidFormatIllegalOperation()
    {
        var request = Valid() with
        {
            TranscodeRecordFormat = [new RecordFormatItem { Format = "mp4" }, new RecordFormatItem { Format = "flv" }, new RecordFormatItem { Format = "mp4" }],
            TranscodeTemplates = ["sd"],
        };

        ErrorAssert.Single(Validate(request), "InvalidFormat.IllegalOperation", "TranscodeRecordFormat.3.Format");
    }

    [Fact]
    public void Validate_SameFormatInSourceAndTranscodeLists_ReturnsNoErrors()
    {
        var request = Valid() with { TranscodeRecordFormat = [new RecordFormatItem { Format = "m3u8" }], TranscodeTemplates = ["sd"] };

        ErrorAssert.None(Validate(request));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(30)]
    public void Validate_SliceDurationAtBounds_ReturnsNoErrors(int value)
    {
        ErrorAssert.None(Validate(WithFormat(new RecordFormatItem { Format = "m3u8", SliceDuration = value })));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Validate_SliceDurationBelow5_ReturnsInvalidSliceDurationMalformed(int value)
    {
        ErrorAssert.Single(Validate(WithFormat(new RecordFormatItem { Format = "m3u8", SliceDuration = value })), "InvalidSliceDuration.Malformed", "RecordFormat.1.SliceDuration");
    }

    [Fact]
    public void Validate_SliceDurationAbove30_ReturnsInvalidSliceDurationMalformed()
    {
        ErrorAssert.Single(Validate(WithFormat(new RecordFormatItem { Format = "cmaf", SliceDuration = 31 })), "InvalidSliceDuration.Malformed", "RecordFormat.1.SliceDuration");
    }

    [Fact]
    public void Validate_TranscodeSliceDurationAbove30_ReturnsInvalidSliceDurationMalformed()
    {
        var request = Valid() with { TranscodeRecordFormat = [new RecordFormatItem { Format = "m3u8", SliceDuration = 31 }], TranscodeTemplates = ["sd"] };

        ErrorAssert.Single(Validate(request), "InvalidSliceDuration.Malformed", "TranscodeRecordFormat.1.SliceDuration");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(21600)]
    public void Validate_CycleDurationAtBounds_ReturnsNoErrors(int value)
    {
        ErrorAssert.None(Validate(WithFormat(new RecordFormatItem { Format = "flv", CycleDuration = value })));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(21601)]
    public void Validate_CycleDurationOutOfRange_ReturnsInvalidCycleDurationMalformed(int value)
    {
        ErrorAssert.Single(Validate(WithFormat(new RecordFormatItem { Format = "flv", CycleDuration = value })), "InvalidCycleDuration.Malformed", "RecordFormat.1.CycleDuration");
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

    [Fact]
    public void Validate_TenTranscodeTemplates_ReturnsNoErrors()
    {
        var templates = Enumerable.Range(1, 10).Select(i => $"t{i}").ToArray();

        ErrorAssert.None(Validate(Valid() with { TranscodeTemplates = templates }));
    }

    [Fact]
    public void Validate_ElevenTranscodeTemplates_ReturnsInvalidTemplateLengthMalformed()
    {
        var templates = Enumerable.Range(1, 11).Select(i => $"t{i}").ToArray();

        ErrorAssert.Single(Validate(Valid() with { TranscodeTemplates = templates }), "InvalidTemplateLength.Malformed", "TranscodeTemplates");
    }

    [Theory]
    [InlineData("raw")]
    [InlineData("RAW")]
    public void Validate_TemplateRaw_ReturnsInvalidTemplateForbidRaw(string template)
    {
        ErrorAssert.Single(Validate(Valid() with { TranscodeTemplates = ["sd", template] }), "InvalidTemplate.ForbidRaw", "TranscodeTemplates.2");
    }

    [Fact]
    public void Validate_EmptyTemplate_ReturnsInvalidTranscodeTemplatesMalformed()
    {
        ErrorAssert.Single(Validate(Valid() with { TranscodeTemplates = [""] }), "InvalidTranscodeTemplates.Malformed", "TranscodeTemplates.1");
    }

    [Fact]
    public void Validate_AllTranscodedStreamsWildcard_ReturnsNoErrors()
    {
        var request = Valid() with { TranscodeRecordFormat = [new RecordFormatItem { Format = "flv" }], TranscodeTemplates = ["*****"] };

        ErrorAssert.None(Validate(request));
    }

    [Fact]
    public void Validate_TranscodeRecordFormatWithoutTemplates_ReturnsMissingTemplate()
    {
        var request = Valid() with { TranscodeRecordFormat = [new RecordFormatItem { Format = "flv" }] };

        ErrorAssert.Single(Validate(request), "MissingTemplate", "TranscodeTemplates");
    }

    [Fact]
    public void Validate_TranscodeRecordFormatWithEmptyTemplateList_ReturnsMissingTemplate()
    {
        var request = Valid() with { TranscodeRecordFormat = [new RecordFormatItem { Format = "flv" }], TranscodeTemplates = [] };

        ErrorAssert.Single(Validate(request), "MissingTemplate", "TranscodeTemplates");
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
