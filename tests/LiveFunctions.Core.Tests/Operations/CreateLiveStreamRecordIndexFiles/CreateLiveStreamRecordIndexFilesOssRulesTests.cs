using LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Operations.CreateLiveStreamRecordIndexFiles;

// The OSS parameters' rules: OssEndpoint is a host name, OssBucket and OssObject follow the OSS naming conventions.
public sealed class CreateLiveStreamRecordIndexFilesOssRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    private static ValidationError Single(CreateLiveStreamRecordIndexFilesRequest request) =>
        Assert.Single(CreateLiveStreamRecordIndexFilesValidator.Validate(request, Now));

    private static void AssertValid(CreateLiveStreamRecordIndexFilesRequest request) =>
        Assert.Empty(CreateLiveStreamRecordIndexFilesValidator.Validate(request, Now));

    private static CreateLiveStreamRecordIndexFilesRequest Valid() => CreateLiveStreamRecordIndexFilesValidatorTests.Valid();

    [Theory]
    [InlineData("https://oss-cn-shanghai.aliyuncs.com")]
    [InlineData("oss-cn-shanghai.aliyuncs.com/bucket")]
    [InlineData("oss-cn-shanghai.aliyuncs.com:443")]
    [InlineData("oss cn shanghai")]
    [InlineData("-oss.aliyuncs.com")]
    [InlineData("oss..aliyuncs.com")]
    [InlineData("localhost")]
    public void Validate_OssEndpointNotAHostName_ReturnsInvalidOssEndpointMalformed(string value)
    {
        var error = Single(Valid() with { OssEndpoint = value });

        Assert.Equal("InvalidOssEndpoint.Malformed", error.Code);
        Assert.Equal("OssEndpoint", error.Parameter);
    }

    [Theory]
    [InlineData("learn.developer.aliyundoc.com")]
    [InlineData("oss-cn-hangzhou-internal.aliyuncs.com")]
    public void Validate_OssEndpointHostName_ReturnsNoErrors(string value)
    {
        AssertValid(Valid() with { OssEndpoint = value });
    }

    [Theory]
    [InlineData("LiveBucket")]
    [InlineData("live_bucket")]
    [InlineData("-livebucket")]
    [InlineData("livebucket-")]
    [InlineData("ab")]
    [InlineData("live.bucket")]
    public void Validate_OssBucketNotAnOssBucketName_ReturnsInvalidOssBucketMalformed(string value)
    {
        var error = Single(Valid() with { OssBucket = value });

        Assert.Equal("InvalidOssBucket.Malformed", error.Code);
        Assert.Equal("OssBucket", error.Parameter);
    }

    [Fact]
    public void Validate_OssBucketOf64Characters_ReturnsInvalidOssBucketMalformed()
    {
        var error = Single(Valid() with { OssBucket = new string('a', 64) });

        Assert.Equal("InvalidOssBucket.Malformed", error.Code);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(63)]
    public void Validate_OssBucketAtLengthBounds_ReturnsNoErrors(int length)
    {
        AssertValid(Valid() with { OssBucket = new string('b', length) });
    }

    [Theory]
    [InlineData("/record/index.m3u8")]
    [InlineData("\\record\\index.m3u8")]
    public void Validate_OssObjectStartsWithSlash_ReturnsInvalidOssObjectMalformed(string value)
    {
        var error = Single(Valid() with { OssObject = value });

        Assert.Equal("InvalidOssObject.Malformed", error.Code);
        Assert.Equal("OssObject", error.Parameter);
    }

    [Fact]
    public void Validate_OssObjectOf1023Bytes_ReturnsNoErrors()
    {
        AssertValid(Valid() with { OssObject = new string('o', 1018) + ".m3u8" });
    }

    [Fact]
    public void Validate_OssObjectOf1024Bytes_ReturnsInvalidOssObjectMalformed()
    {
        var error = Single(Valid() with { OssObject = new string('o', 1019) + ".m3u8" });

        Assert.Equal("InvalidOssObject.Malformed", error.Code);
        Assert.Equal("OssObject", error.Parameter);
    }

    [Fact]
    public void Validate_OssObjectOverLimitInUtf8Bytes_ReturnsInvalidOssObjectMalformed()
    {
        // 342 characters but 1,026 UTF-8 bytes: the limit is in bytes.
        var error = Single(Valid() with { OssObject = new string('中', 342) });

        Assert.Equal("InvalidOssObject.Malformed", error.Code);
    }

    [Fact]
    public void Validate_OssObjectWithoutM3u8Extension_ReturnsNoErrors()
    {
        // The document shows .m3u8 names but states no rule about the extension, so none is enforced.
        AssertValid(Valid() with { OssObject = "record/{AppName}/{StreamName}/index" });
    }
}
