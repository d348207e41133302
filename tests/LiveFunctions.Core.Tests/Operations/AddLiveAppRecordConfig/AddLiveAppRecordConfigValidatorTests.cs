using LiveFunctions.Core.Operations.AddLiveAppRecordConfig;
using LiveFunctions.Core.Tests.Validation;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Operations.AddLiveAppRecordConfig;

public sealed class AddLiveAppRecordConfigValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private const string ObjectPrefix = "record/{AppName}/{StreamName}/{Sequence}_{EscapedStartTime}_{EscapedEndTime}";
    private const string SlicePrefix = "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}";

    private static AddRecordFormatItem M3u8() => new()
    {
        Format = "m3u8",
        CycleDuration = 3600,
        SliceDuration = 30,
        OssObjectPrefix = ObjectPrefix,
        SliceOssObjectPrefix = SlicePrefix,
    };

    private static AddLiveAppRecordConfigRequest Valid() => new()
    {
        DomainName = "example.com",
        AppName = "liveApp",
        OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
        OssBucket = "live-bucket",
        RecordFormat = [M3u8()],
    };

    private static IReadOnlyList<ValidationError> Validate(AddLiveAppRecordConfigRequest request) =>
        AddLiveAppRecordConfigOperation.Instance.Validate(request, Now);

    private static AddLiveAppRecordConfigRequest WithFormat(AddRecordFormatItem item) => Valid() with { RecordFormat = [item] };

    [Fact]
    public void Validate_ValidRequest_ReturnsNoErrors()
    {
        ErrorAssert.None(Validate(Valid()));
    }

    [Fact]
    public void Validate_EveryParameterValid_ReturnsNoErrors()
    {
        var request = Valid() with
        {
            AppName = "*",
            StreamName = "liveStream",
            StartTime = "2026-03-01T11:00:00Z",
            EndTime = "2026-03-08T11:00:00Z",
            OnDemand = 2,
            DelayTime = 15,
            RecordFormat = [M3u8(), new AddRecordFormatItem { Format = "mp4", OssObjectPrefix = "record/{AppName}/{StreamName}/{StartTime}_{EndTime}" }],
            TranscodeRecordFormat = [M3u8() with { Format = "cmaf" }],
            TranscodeTemplates = ["sd"],
        };

        ErrorAssert.None(Validate(request));
    }

    [Fact]
    public void Validate_UpdateRuleBroken_ReturnsTheUpdateCode()
    {
        ErrorAssert.Single(Validate(WithFormat(M3u8() with { SliceDuration = 31 })), "InvalidSliceDuration.Malformed", "RecordFormat.1.SliceDuration");
    }

    [Fact]
    public void Validate_NoFormatList_ReturnsMissingRecordFormat()
    {
        ErrorAssert.Single(Validate(Valid() with { RecordFormat = null }), "MissingRecordFormat", "RecordFormat");
    }

    [Fact]
    public void Validate_EndTimeMoreThanSevenDaysAfterStartTime_ReturnsInvalidEndTimeMismatch()
    {
        var request = Valid() with { StreamName = "s", StartTime = "2026-03-01T11:00:00Z", EndTime = "2026-03-09T11:00:00Z" };

        ErrorAssert.Single(Validate(request), "InvalidEndTime.Mismatch", "EndTime");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_OssBucketMissing_ReturnsMissingOssBucket(string? value)
    {
        ErrorAssert.Single(Validate(Valid() with { OssBucket = value }), "MissingOssBucket", "OssBucket");
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("liveBucket")]
    [InlineData("-bucket")]
    [InlineData("bucket-")]
    [InlineData("live_bucket")]
    [InlineData("live.bucket")]
    [InlineData("liveBucket****")]
    public void Validate_OssBucketMalformed_ReturnsInvalidOssBucketMalformed(string value)
    {
        ErrorAssert.Single(Validate(Valid() with { OssBucket = value }), "InvalidOssBucket.Malformed", "OssBucket");
    }

    [Fact]
    public void Validate_OssBucketOf64Characters_ReturnsInvalidOssBucketMalformed()
    {
        ErrorAssert.Single(Validate(Valid() with { OssBucket = new string('a', 64) }), "InvalidOssBucket.Malformed", "OssBucket");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("a-1")]
    public void Validate_OssBucketOfThreeCharacters_ReturnsNoErrors(string value)
    {
        ErrorAssert.None(Validate(Valid() with { OssBucket = value }));
    }

    [Fact]
    public void Validate_OssBucketOf63Characters_ReturnsNoErrors()
    {
        ErrorAssert.None(Validate(Valid() with { OssBucket = new string('a', 63) }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_OssObjectPrefixMissing_ReturnsMissingOssObjectPrefix(string? value)
    {
        ErrorAssert.Single(Validate(WithFormat(M3u8() with { OssObjectPrefix = value })), "MissingOssObjectPrefix", "RecordFormat.1.OssObjectPrefix");
    }

    [Fact]
    public void Validate_OssObjectPrefixMissingForFlv_ReturnsMissingOssObjectPrefix()
    {
        ErrorAssert.Single(Validate(WithFormat(new AddRecordFormatItem { Format = "flv" })), "MissingOssObjectPrefix", "RecordFormat.1.OssObjectPrefix");
    }

    [Fact]
    public void Validate_OssObjectPrefixWithUnknownVariable_ReturnsInvalidOssObjectPrefixMalformed()
    {
        var item = M3u8() with { OssObjectPrefix = "record/{Domain}/{EscapedStartTime}_{EscapedEndTime}" };

        ErrorAssert.Single(Validate(WithFormat(item)), "InvalidOssObjectPrefix.Malformed", "RecordFormat.1.OssObjectPrefix");
    }

    [Fact]
    public void Validate_OssObjectPrefixStartingWithSlash_ReturnsInvalidOssObjectPrefixMalformed()
    {
        var item = M3u8() with { OssObjectPrefix = "/record/{AppName}/{EscapedStartTime}_{EscapedEndTime}" };

        ErrorAssert.Single(Validate(WithFormat(item)), "InvalidOssObjectPrefix.Malformed", "RecordFormat.1.OssObjectPrefix");
    }

    [Fact]
    public void Validate_SliceOssObjectPrefixStartingWithSlash_ReturnsInvalidSliceOssObjectPrefixMalformed()
    {
        var item = M3u8() with { SliceOssObjectPrefix = "/record/{AppName}/{UnixTimestamp}_{Sequence}" };

        ErrorAssert.Single(Validate(WithFormat(item)), "InvalidSliceOssObjectPrefix.Malformed", "RecordFormat.1.SliceOssObjectPrefix");
    }

    [Fact]
    public void Validate_OssObjectPrefixWithSliceOnlyVariable_ReturnsInvalidOssObjectPrefixMalformed()
    {
        var item = M3u8() with { OssObjectPrefix = "record/{UnixTimestamp}/{StartTime}_{EndTime}" };

        ErrorAssert.Single(Validate(WithFormat(item)), "InvalidOssObjectPrefix.Malformed", "RecordFormat.1.OssObjectPrefix");
    }

    [Fact]
    public void Validate_OssObjectPrefixWithoutStartTimeVariable_ReturnsInvalidOssObjectPrefixMalformed()
    {
        var item = M3u8() with { OssObjectPrefix = "record/{AppName}/{StreamName}/{Sequence}_{EscapedEndTime}" };

        ErrorAssert.Single(Validate(WithFormat(item)), "InvalidOssObjectPrefix.Malformed", "RecordFormat.1.OssObjectPrefix");
    }

    [Fact]
    public void Validate_OssObjectPrefixWithoutEndTimeVariable_ReturnsInvalidOssObjectPrefixMalformed()
    {
        var item = M3u8() with { OssObjectPrefix = "record/{AppName}/{StreamName}/{Sequence}_{StartTime}" };

        ErrorAssert.Single(Validate(WithFormat(item)), "InvalidOssObjectPrefix.Malformed", "RecordFormat.1.OssObjectPrefix");
    }

    [Fact]
    public void Validate_OssObjectPrefixWithUnbalancedBrace_ReturnsInvalidOssObjectPrefixMalformed()
    {
        var item = M3u8() with { OssObjectPrefix = "record/{AppName/{StartTime}_{EndTime}" };

        ErrorAssert.Single(Validate(WithFormat(item)), "InvalidOssObjectPrefix.Malformed", "RecordFormat.1.OssObjectPrefix");
    }

    [Fact]
    public void Validate_OssObjectPrefixOf255Bytes_ReturnsNoErrors()
    {
        var item = M3u8() with { OssObjectPrefix = Padded("{StartTime}_{EndTime}", 255) };

        ErrorAssert.None(Validate(WithFormat(item)));
    }

    [Fact]
    public void Validate_OssObjectPrefixOf256Bytes_ReturnsInvalidOssObjectPrefixMalformed()
    {
        var item = M3u8() with { OssObjectPrefix = Padded("{StartTime}_{EndTime}", 256) };

        ErrorAssert.Single(Validate(WithFormat(item)), "InvalidOssObjectPrefix.Malformed", "RecordFormat.1.OssObjectPrefix");
    }

    [Fact]
    public void Validate_OssObjectPrefixUnder256CharactersButOver255Bytes_ReturnsInvalidOssObjectPrefixMalformed()
    {
        // 80 three-byte characters: 80 characters but 240 bytes, plus the 21-byte variables = 261 bytes.
        var item = M3u8() with { OssObjectPrefix = new string('录', 80) + "{StartTime}_{EndTime}" };

        ErrorAssert.Single(Validate(WithFormat(item)), "InvalidOssObjectPrefix.Malformed", "RecordFormat.1.OssObjectPrefix");
    }

    [Theory]
    [InlineData("m3u8")]
    [InlineData("cmaf")]
    public void Validate_SliceOssObjectPrefixMissingForSegmentedFormat_ReturnsMissingSliceOssObjectPrefix(string format)
    {
        var item = M3u8() with { Format = format, SliceOssObjectPrefix = null };

        ErrorAssert.Single(Validate(WithFormat(item)), "MissingSliceOssObjectPrefix", "RecordFormat.1.SliceOssObjectPrefix");
    }

    [Fact]
    public void Validate_TranscodeSliceOssObjectPrefixMissing_ReturnsMissingSliceOssObjectPrefix()
    {
        var request = Valid() with { TranscodeRecordFormat = [M3u8() with { SliceOssObjectPrefix = "" }], TranscodeTemplates = ["sd"] };

        ErrorAssert.Single(Validate(request), "MissingSliceOssObjectPrefix", "TranscodeRecordFormat.1.SliceOssObjectPrefix");
    }

    [Theory]
    [InlineData("flv")]
    [InlineData("mp4")]
    public void Validate_SliceOssObjectPrefixMissingForWholeFileFormat_ReturnsNoErrors(string format)
    {
        ErrorAssert.None(Validate(WithFormat(M3u8() with { Format = format, SliceDuration = null, SliceOssObjectPrefix = null })));
    }

    [Fact]
    public void Validate_SliceOssObjectPrefixWithoutSequence_ReturnsInvalidSliceOssObjectPrefixMalformed()
    {
        var item = M3u8() with { SliceOssObjectPrefix = "record/{AppName}/{UnixTimestamp}" };

        ErrorAssert.Single(Validate(WithFormat(item)), "InvalidSliceOssObjectPrefix.Malformed", "RecordFormat.1.SliceOssObjectPrefix");
    }

    [Fact]
    public void Validate_SliceOssObjectPrefixWithoutUnixTimestamp_ReturnsInvalidSliceOssObjectPrefixMalformed()
    {
        var item = M3u8() with { SliceOssObjectPrefix = "record/{AppName}/{Sequence}" };

        ErrorAssert.Single(Validate(WithFormat(item)), "InvalidSliceOssObjectPrefix.Malformed", "RecordFormat.1.SliceOssObjectPrefix");
    }

    [Fact]
    public void Validate_SliceOssObjectPrefixWithObjectOnlyVariable_ReturnsInvalidSliceOssObjectPrefixMalformed()
    {
        var item = M3u8() with { SliceOssObjectPrefix = "record/{StartTime}/{UnixTimestamp}_{Sequence}" };

        ErrorAssert.Single(Validate(WithFormat(item)), "InvalidSliceOssObjectPrefix.Malformed", "RecordFormat.1.SliceOssObjectPrefix");
    }

    [Fact]
    public void Validate_SliceOssObjectPrefixOf256Bytes_ReturnsInvalidSliceOssObjectPrefixMalformed()
    {
        var item = M3u8() with { SliceOssObjectPrefix = Padded("{UnixTimestamp}_{Sequence}", 256) };

        ErrorAssert.Single(Validate(WithFormat(item)), "InvalidSliceOssObjectPrefix.Malformed", "RecordFormat.1.SliceOssObjectPrefix");
    }

    [Fact]
    public void Validate_SliceOssObjectPrefixOf255Bytes_ReturnsNoErrors()
    {
        ErrorAssert.None(Validate(WithFormat(M3u8() with { SliceOssObjectPrefix = Padded("{UnixTimestamp}_{Sequence}", 255) })));
    }

    private static string Padded(string variables, int bytes) => new string('a', bytes - variables.Length) + variables;
}
