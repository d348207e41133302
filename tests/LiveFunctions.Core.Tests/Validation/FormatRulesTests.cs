using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Validation;

public sealed class FormatRulesTests
{
    [Theory]
    [InlineData("oss-cn-shanghai.aliyuncs.com")]
    [InlineData("learn.developer.aliyundoc.com")]
    [InlineData("a.b")]
    [InlineData("127.0.0.1")]
    public void IsHostName_DnsName_IsTrue(string value)
    {
        Assert.True(FormatRules.IsHostName(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("localhost")]
    [InlineData("https://oss-cn-shanghai.aliyuncs.com")]
    [InlineData("oss-cn-shanghai.aliyuncs.com:443")]
    [InlineData("oss-cn-shanghai.aliyuncs.com/")]
    [InlineData("oss-cn-shanghai.aliyuncs.com.")]
    [InlineData(".")]
    [InlineData("oss..aliyuncs.com")]
    [InlineData("oss cn.aliyuncs.com")]
    [InlineData("cn-oss-****.aliyuncs.com")]
    [InlineData("-oss.aliyuncs.com")]
    [InlineData("oss-.aliyuncs.com")]
    [InlineData("oss_cn.aliyuncs.com")]
    public void IsHostName_AnythingElse_IsFalse(string? value)
    {
        Assert.False(FormatRules.IsHostName(value));
    }

    [Fact]
    public void IsHostName_LabelOf64Characters_IsFalse()
    {
        Assert.True(FormatRules.IsHostName(new string('a', 63) + ".com"));
        Assert.False(FormatRules.IsHostName(new string('a', 64) + ".com"));
        Assert.True(FormatRules.IsHostName(new string('a', 63) + ".aliyuncs.com"));
        Assert.False(FormatRules.IsHostName(new string('a', 64) + ".aliyuncs.com"));
    }

    [Fact]
    public void IsHostName_NameOf253Characters_IsTrue()
    {
        var label = new string('a', 62);
        var name = string.Join('.', label, label, label, label, "a");

        Assert.Equal(253, name.Length);
        Assert.True(FormatRules.IsHostName(name));
    }

    [Fact]
    public void IsHostName_NameOver253Characters_IsFalse()
    {
        var label = new string('a', 62);
        var name = string.Join('.', label, label, label, label, "abcd");

        Assert.Equal(256, name.Length);
        Assert.False(FormatRules.IsHostName(name));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("live-bucket-01")]
    [InlineData("0bucket9")]
    public void IsOssBucketName_ValidName_IsTrue(string value)
    {
        Assert.True(FormatRules.IsOssBucketName(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ab")]
    [InlineData("Bucket")]
    [InlineData("-bucket")]
    [InlineData("bucket-")]
    [InlineData("my_bucket")]
    [InlineData("my.bucket")]
    public void IsOssBucketName_InvalidName_IsFalse(string? value)
    {
        Assert.False(FormatRules.IsOssBucketName(value));
    }

    [Fact]
    public void IsOssBucketName_Length_IsThreeTo63()
    {
        Assert.True(FormatRules.IsOssBucketName(new string('a', 63)));
        Assert.False(FormatRules.IsOssBucketName(new string('a', 64)));
    }

    [Theory]
    [InlineData("record/{AppName}/{StreamName}/index.m3u8")]
    [InlineData("a")]
    [InlineData("录制/索引.m3u8")]
    public void IsOssObjectName_ValidName_IsTrue(string value)
    {
        Assert.True(FormatRules.IsOssObjectName(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/record/index.m3u8")]
    [InlineData("\\record\\index.m3u8")]
    public void IsOssObjectName_EmptyOrStartingWithASlash_IsFalse(string? value)
    {
        Assert.False(FormatRules.IsOssObjectName(value));
    }

    [Fact]
    public void IsOssObjectName_Length_IsCountedInUtf8BytesUpTo1023()
    {
        Assert.True(FormatRules.IsOssObjectName(new string('o', 1023)));
        Assert.False(FormatRules.IsOssObjectName(new string('o', 1024)));
        Assert.True(FormatRules.IsOssObjectName(new string('中', 341)));
        Assert.False(FormatRules.IsOssObjectName(new string('中', 342)));
    }

    [Theory]
    [InlineData("http://example.com")]
    [InlineData("https://example.com:8443/api/callbacks/snapshot?key=1")]
    public void IsHttpUrl_AbsoluteHttpUrl_IsTrue(string value)
    {
        Assert.True(FormatRules.IsHttpUrl(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ftp://example.com")]
    [InlineData("file:///tmp/x")]
    [InlineData("/relative/path")]
    [InlineData("example.com/callback")]
    public void IsHttpUrl_AnythingElse_IsFalse(string? value)
    {
        Assert.False(FormatRules.IsHttpUrl(value));
    }
}
