using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Validation;

public sealed class AlibabaTimeTests
{
    [Fact]
    public void TryParse_DocumentFormat_ReadsUtc()
    {
        Assert.True(AlibabaTime.TryParse("2017-12-21T08:00:00Z", out var time));
        Assert.Equal(new DateTimeOffset(2017, 12, 21, 8, 0, 0, TimeSpan.Zero), time);
    }

    [Theory]
    [InlineData("2017-12-21 08:00:00")]
    [InlineData("2017-12-21T08:00:00")]
    [InlineData("2017-12-21T08:00:00.000Z")]
    [InlineData("2017-12-21T08:00:00+08:00")]
    [InlineData("2017-13-21T08:00:00Z")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AnyOtherLayout_IsRejected(string? value)
    {
        Assert.False(AlibabaTime.TryParse(value, out _));
    }

    [Fact]
    public void ToWire_ConvertsToUtcAndDropsFractions()
    {
        var time = new DateTimeOffset(2026, 3, 1, 10, 30, 15, 999, TimeSpan.FromHours(8));
        Assert.Equal("2026-03-01T02:30:15Z", AlibabaTime.ToWire(time));
    }
}
