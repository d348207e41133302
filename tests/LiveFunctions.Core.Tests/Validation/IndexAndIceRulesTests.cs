using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Validation;

public sealed class IndexAndIceRulesTests
{
    [Fact]
    public void IsHostName_LabelOf63Characters_IsAccepted()
    {
        Assert.True(IndexAndIceRules.IsHostName(new string('a', 63) + ".aliyuncs.com"));
    }

    [Fact]
    public void IsHostName_LabelOf64Characters_IsRejected()
    {
        Assert.False(IndexAndIceRules.IsHostName(new string('a', 64) + ".aliyuncs.com"));
    }

    [Fact]
    public void IsHostName_Over253Characters_IsRejected()
    {
        var name = string.Join('.', Enumerable.Repeat(new string('a', 50), 5)) + ".com"; // 259 characters

        Assert.False(IndexAndIceRules.IsHostName(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("oss-.aliyuncs.com")]
    [InlineData("oss.aliyuncs.com.")]
    [InlineData("oss_cn.aliyuncs.com")]
    public void IsHostName_BrokenLabels_AreRejected(string value)
    {
        Assert.False(IndexAndIceRules.IsHostName(value));
    }

    [Fact]
    public void RequiredTime_Valid_ReturnsTheTimeAndAddsNothing()
    {
        var errors = new List<ValidationError>();

        var time = IndexAndIceRules.RequiredTime("2026-03-15T10:00:00Z", "StartTime", errors);

        Assert.Equal(new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.Zero), time);
        Assert.Empty(errors);
    }

    [Fact]
    public void OptionalTime_Absent_ReturnsNullAndAddsNothing()
    {
        var errors = new List<ValidationError>();

        Assert.Null(IndexAndIceRules.OptionalTime(null, "TimedConfig.StartTime", errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void OptionalTime_Malformed_NamesTheFieldInTheCodeAndThePathInTheParameter()
    {
        var errors = new List<ValidationError>();

        IndexAndIceRules.OptionalTime("soon", "TimedConfig.StartTime", errors);

        var error = Assert.Single(errors);
        Assert.Equal(("InvalidStartTime.Malformed", "TimedConfig.StartTime"), (error.Code, error.Parameter));
    }
}
