using LiveFunctions.Core.Operations.UpdateLiveAppSnapshotConfig;
using LiveFunctions.Core.Tests.Validation;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Operations.UpdateLiveAppSnapshotConfig;

public sealed class UpdateLiveAppSnapshotConfigValidatorTests
{
    private static UpdateLiveAppSnapshotConfigRequest Valid() => new() { DomainName = "example.com", AppName = "liveApp" };

    private static IReadOnlyList<ValidationError> Validate(UpdateLiveAppSnapshotConfigRequest request) =>
        UpdateLiveAppSnapshotConfigOperation.Instance.Validate(request, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Validate_RequiredParametersOnly_ReturnsNoErrors()
    {
        ErrorAssert.None(Validate(Valid()));
    }

    [Fact]
    public void Validate_EveryParameterValid_ReturnsNoErrors()
    {
        var request = Valid() with
        {
            TimeInterval = 5,
            OssEndpoint = "oss-cn-shanghai.aliyuncs.com",
            OssBucket = "live-bucket",
            SequenceOssObject = "snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg",
            Callback = "https://learn.aliyundoc.com",
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
    [InlineData(5)]
    [InlineData(3600)]
    public void Validate_TimeIntervalAtBounds_ReturnsNoErrors(int value)
    {
        ErrorAssert.None(Validate(Valid() with { TimeInterval = value }));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(3601)]
    [InlineData(0)]
    public void Validate_TimeIntervalOutOfRange_ReturnsInvalidTimeIntervalMalformed(int value)
    {
        ErrorAssert.Single(Validate(Valid() with { TimeInterval = value }), "InvalidTimeInterval.Malformed", "TimeInterval");
    }

    [Theory]
    [InlineData("http://oss-cn-shanghai.aliyuncs.com")]
    [InlineData("oss-cn-shanghai.aliyuncs.com:80")]
    [InlineData("oss_cn.aliyuncs.com")]
    public void Validate_OssEndpointNotAHostName_ReturnsInvalidOssEndpointMalformed(string value)
    {
        ErrorAssert.Single(Validate(Valid() with { OssEndpoint = value }), "InvalidOssEndpoint.Malformed", "OssEndpoint");
    }

    [Theory]
    [InlineData("Live-Bucket")]
    [InlineData("ab")]
    [InlineData("bucket-")]
    public void Validate_OssBucketMalformed_ReturnsInvalidOssBucketMalformed(string value)
    {
        ErrorAssert.Single(Validate(Valid() with { OssBucket = value }), "InvalidOssBucket.Malformed", "OssBucket");
    }

    [Theory]
    [InlineData("{AppName}/{StreamName}.jpg")]
    [InlineData("snapshot/{AppName}/{StreamName}.JPG")]
    [InlineData("-")]
    public void Validate_OverwriteOssObjectValid_ReturnsNoErrors(string value)
    {
        ErrorAssert.None(Validate(Valid() with { OverwriteOssObject = value }));
    }

    [Theory]
    [InlineData("{AppName}/{StreamName}.png")]
    [InlineData("{AppName}/{StreamName}")]
    [InlineData("{AppName}/{StreamName}/{Sequence}.jpg")]
    [InlineData("{AppName}/{UnixTimestamp}.jpg")]
    [InlineData("{AppName/{StreamName}.jpg")]
    [InlineData("/{AppName}/{StreamName}.jpg")]
    public void Validate_OverwriteOssObjectMalformed_ReturnsInvalidOverwriteOssObjectMalformed(string value)
    {
        ErrorAssert.Single(Validate(Valid() with { OverwriteOssObject = value }), "InvalidOverwriteOssObject.Malformed", "OverwriteOssObject");
    }

    [Fact]
    public void Validate_OverwriteOssObjectOf255Bytes_ReturnsNoErrors()
    {
        ErrorAssert.None(Validate(Valid() with { OverwriteOssObject = new string('a', 251) + ".jpg" }));
    }

    [Fact]
    public void Validate_OverwriteOssObjectOf256Bytes_ReturnsInvalidOverwriteOssObjectMalformed()
    {
        ErrorAssert.Single(Validate(Valid() with { OverwriteOssObject = new string('a', 252) + ".jpg" }), "InvalidOverwriteOssObject.Malformed", "OverwriteOssObject");
    }

    [Theory]
    [InlineData("snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg")]
    [InlineData("snapshot/{AppName}/{StreamName}/{Sequence}.jpg")]
    [InlineData("{UnixTimestamp}_{Sequence}.jpg")]
    [InlineData("-")]
    public void Validate_SequenceOssObjectValid_ReturnsNoErrors(string value)
    {
        ErrorAssert.None(Validate(Valid() with { SequenceOssObject = value }));
    }

    [Fact]
    public void Validate_SequenceOssObjectWithoutUnixTimestampOrSequence_ReturnsInvalidSequenceOssObjectMalformed()
    {
        ErrorAssert.Single(Validate(Valid() with { SequenceOssObject = "snapshot/{AppName}/{StreamName}.jpg" }), "InvalidSequenceOssObject.Malformed", "SequenceOssObject");
    }

    [Theory]
    [InlineData("snapshot/{UnixTimestamp}.png")]
    [InlineData("snapshot/{Date}/{UnixTimestamp}.jpg")]
    [InlineData("snapshot/{}/{Sequence}.jpg")]
    public void Validate_SequenceOssObjectMalformed_ReturnsInvalidSequenceOssObjectMalformed(string value)
    {
        ErrorAssert.Single(Validate(Valid() with { SequenceOssObject = value }), "InvalidSequenceOssObject.Malformed", "SequenceOssObject");
    }

    [Fact]
    public void Validate_SequenceOssObjectOf256Bytes_ReturnsInvalidSequenceOssObjectMalformed()
    {
        var value = new string('a', 256 - "{Sequence}.jpg".Length) + "{Sequence}.jpg";

        ErrorAssert.Single(Validate(Valid() with { SequenceOssObject = value }), "InvalidSequenceOssObject.Malformed", "SequenceOssObject");
    }

    [Fact]
    public void Validate_BothObjectNames_ReturnsInvalidOverwriteOssObjectOrSequenceOssObjectMalformed()
    {
        var request = Valid() with { OverwriteOssObject = "{AppName}/{StreamName}.jpg", SequenceOssObject = "{AppName}/{Sequence}.jpg" };

        ErrorAssert.Single(Validate(request), "InvalidOverwriteOssObjectOrSequenceOssObject.Malformed", "OverwriteOssObject");
    }

    [Fact]
    public void Validate_BothObjectNamesDeleted_ReturnsInvalidOverwriteOssObjectOrSequenceOssObjectMalformed()
    {
        ErrorAssert.Single(Validate(Valid() with { OverwriteOssObject = "-", SequenceOssObject = "-" }), "InvalidOverwriteOssObjectOrSequenceOssObject.Malformed", "OverwriteOssObject");
    }

    [Theory]
    [InlineData("{AppName}/{StreamName}.jpg", "-")]
    [InlineData("-", "{AppName}/{Sequence}.jpg")]
    public void Validate_OneObjectNameAndTheOtherDeleted_ReturnsNoErrors(string overwrite, string sequence)
    {
        ErrorAssert.None(Validate(Valid() with { OverwriteOssObject = overwrite, SequenceOssObject = sequence }));
    }

    [Theory]
    [InlineData("http://callback.example.com/snapshot")]
    [InlineData("https://callback.example.com:8443/api/callbacks/snapshot?x=1")]
    public void Validate_CallbackHttpUrl_ReturnsNoErrors(string value)
    {
        ErrorAssert.None(Validate(Valid() with { Callback = value }));
    }

    [Theory]
    [InlineData("ftp://callback.example.com")]
    [InlineData("/api/callbacks/snapshot")]
    [InlineData("callback.example.com")]
    [InlineData("not a url")]
    public void Validate_CallbackNotAnHttpUrl_ReturnsInvalidCallbackMalformed(string value)
    {
        ErrorAssert.Single(Validate(Valid() with { Callback = value }), "InvalidCallback.Malformed", "Callback");
    }
}
