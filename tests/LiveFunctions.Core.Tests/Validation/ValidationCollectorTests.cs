using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Validation;

public sealed class ValidationCollectorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Require_MissingValue_AddsMissingCodeAndReturnsFalse(string? value)
    {
        var errors = new ValidationCollector();

        Assert.False(errors.Require("DomainName", value));
        ErrorAssert.Single(errors.ToList(), "MissingDomainName", "DomainName");
    }

    [Fact]
    public void Require_PresentValue_AddsNothingAndReturnsTrue()
    {
        var errors = new ValidationCollector();

        Assert.True(errors.Require("DomainName", "example.com"));
        Assert.Equal(0, errors.Count);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(30)]
    [InlineData(null)]
    public void InRange_ValueInRangeOrAbsent_Passes(int? value)
    {
        var errors = new ValidationCollector();

        Assert.True(errors.InRange("PageSize", value, 5, 30));
        Assert.Empty(errors.ToList());
    }

    [Fact]
    public void InRange_OutOfRangeWithoutCode_AddsMalformedByConvention()
    {
        var errors = new ValidationCollector();

        Assert.False(errors.InRange("RecordFormat.2.SliceDuration", 31, 5, 30));
        ErrorAssert.Single(errors.ToList(), "InvalidSliceDuration.Malformed", "RecordFormat.2.SliceDuration");
        Assert.Contains("between 5 and 30; got 31", errors.ToList()[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InRange_OutOfRangeWithCode_AddsThatCode()
    {
        var errors = new ValidationCollector();

        Assert.False(errors.InRange("DelayTime", 14, 15, 21600, "InvalidDelayTime"));
        ErrorAssert.Single(errors.ToList(), "InvalidDelayTime", "DelayTime");
    }

    [Fact]
    public void OneOf_StringNotAllowed_IsCaseSensitive()
    {
        var errors = new ValidationCollector();

        Assert.True(errors.OneOf("Order", "asc", ["asc", "desc"]));
        Assert.False(errors.OneOf("Order", "ASC", ["asc", "desc"]));
        ErrorAssert.Single(errors.ToList(), "InvalidOrder.Malformed", "Order");
    }

    [Fact]
    public void OneOf_IntegerNotAllowed_AddsCode()
    {
        var errors = new ValidationCollector();

        Assert.True(errors.OneOf("OnDemand", (int?)null, [0, 1]));
        Assert.False(errors.OneOf("OnDemand", 3, [0, 1], "Custom.Code"));
        ErrorAssert.Single(errors.ToList(), "Custom.Code", "OnDemand");
    }

    [Fact]
    public void Time_DocumentFormat_ReturnsTheTime()
    {
        var errors = new ValidationCollector();

        Assert.Equal(new DateTimeOffset(2018, 4, 10, 9, 57, 21, TimeSpan.Zero), errors.Time("StartTime", "2018-04-10T09:57:21Z"));
        Assert.Empty(errors.ToList());
    }

    [Fact]
    public void Time_Malformed_AddsCodeAndReturnsNull()
    {
        var errors = new ValidationCollector();

        Assert.Null(errors.Time("StartTime", "2018-04-10 09:57:21", "InvalidStartTime.Malformed"));
        ErrorAssert.Single(errors.ToList(), "InvalidStartTime.Malformed", "StartTime");
    }

    [Fact]
    public void Time_MalformedWithoutCode_NamesTheFieldInTheCodeAndThePathInTheParameter()
    {
        var errors = new ValidationCollector();

        Assert.Null(errors.Time("TimedConfig.StartTime", "soon"));
        ErrorAssert.Single(errors.ToList(), "InvalidStartTime.Malformed", "TimedConfig.StartTime");
        Assert.Contains("'soon'", errors.ToList()[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredTime_Valid_ReturnsTheTimeAndAddsNothing()
    {
        var errors = new ValidationCollector();

        Assert.Equal(new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.Zero), errors.RequiredTime("StartTime", "2026-03-15T10:00:00Z"));
        Assert.Empty(errors.ToList());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void RequiredTime_Absent_AddsMissingCode(string? value)
    {
        var errors = new ValidationCollector();

        Assert.Null(errors.RequiredTime("EndTime", value));
        ErrorAssert.Single(errors.ToList(), "MissingEndTime", "EndTime");
    }

    [Fact]
    public void RequiredTime_Malformed_AddsMalformedCodeOnly()
    {
        var errors = new ValidationCollector();

        Assert.Null(errors.RequiredTime("EndTime", "2026-03-15T10:00:00+08:00"));
        ErrorAssert.Single(errors.ToList(), "InvalidEndTime.Malformed", "EndTime");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("oss-cn-shanghai.aliyuncs.com")]
    public void HostName_AbsentOrHostName_Passes(string? value)
    {
        var errors = new ValidationCollector();

        Assert.True(errors.HostName("OssEndpoint", value));
        Assert.Empty(errors.ToList());
    }

    [Theory]
    [InlineData("https://oss-cn-shanghai.aliyuncs.com")]
    [InlineData("localhost")]
    public void HostName_NotAHostName_AddsMalformed(string value)
    {
        var errors = new ValidationCollector();

        Assert.False(errors.HostName("OssEndpoint", value));
        ErrorAssert.Single(errors.ToList(), "InvalidOssEndpoint.Malformed", "OssEndpoint");
    }

    [Fact]
    public void OssBucketName_AbsentValidOrInvalid_AddsMalformedOnlyForInvalid()
    {
        var errors = new ValidationCollector();

        Assert.True(errors.OssBucketName("OssBucket", null));
        Assert.True(errors.OssBucketName("OssBucket", "live-bucket"));
        Assert.False(errors.OssBucketName("OssBucket", "Live_Bucket"));
        ErrorAssert.Single(errors.ToList(), "InvalidOssBucket.Malformed", "OssBucket");
    }

    [Fact]
    public void OssObjectName_AbsentValidOrInvalid_AddsMalformedOnlyForInvalid()
    {
        var errors = new ValidationCollector();

        Assert.True(errors.OssObjectName("OssObject", ""));
        Assert.True(errors.OssObjectName("OssObject", "record/index.m3u8"));
        Assert.False(errors.OssObjectName("OssObject", "/record/index.m3u8"));
        ErrorAssert.Single(errors.ToList(), "InvalidOssObject.Malformed", "OssObject");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Time_Absent_ReturnsNullWithoutError(string? value)
    {
        var errors = new ValidationCollector();

        Assert.Null(errors.Time("StartTime", value));
        Assert.Empty(errors.ToList());
    }

    [Fact]
    public void ToList_SeveralErrors_KeepsTheirOrderAndIsASnapshot()
    {
        var errors = new ValidationCollector();
        errors.Require("DomainName", null);
        errors.Invalid("InvalidFormat.IllegalOperation", "RecordFormat.2.Format", "repeated.");
        var first = errors.ToList();
        errors.Malformed("Callback", "not a URL.");

        Assert.Equal(["MissingDomainName", "InvalidFormat.IllegalOperation"], first.Select(e => e.Code));
        Assert.Equal(3, errors.ToList().Count);
    }
}
