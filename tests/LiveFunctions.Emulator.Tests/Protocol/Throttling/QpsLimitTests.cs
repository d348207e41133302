using LiveFunctions.Emulator.Protocol.Throttling;

namespace LiveFunctions.Emulator.Tests.Protocol.Throttling;

public sealed class QpsLimitTests
{
    [Theory]
    [InlineData("30/s", 30, 1)]
    [InlineData("1000/min", 1000, 60)]
    [InlineData(" 3/s ", 3, 1)]
    public void TryParse_CountPerUnit_ParsesLimit(string text, int count, int windowSeconds)
    {
        Assert.True(QpsLimit.TryParse(text, out var limit));
        Assert.Equal(new QpsLimit(count, TimeSpan.FromSeconds(windowSeconds)), limit);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("none")]
    [InlineData("NONE")]
    public void TryParse_NoneOrEmpty_MeansUnlimited(string? text)
    {
        Assert.True(QpsLimit.TryParse(text, out var limit));
        Assert.Null(limit);
    }

    [Theory]
    [InlineData("30")]
    [InlineData("0/s")]
    [InlineData("-1/s")]
    [InlineData("30/h")]
    [InlineData("x/s")]
    public void TryParse_OtherText_Refused(string text) => Assert.False(QpsLimit.TryParse(text, out _));

    [Fact]
    public void DocumentedQpsLimits_TaskLimits_AreTheDocumentsValues()
    {
        var limits = DocumentedQpsLimits.ByAction;

        Assert.Equal(new QpsLimit(30, TimeSpan.FromSeconds(1)), limits["UpdateLiveAppRecordConfig"]);
        Assert.Equal(new QpsLimit(30, TimeSpan.FromSeconds(1)), limits["AddLiveAppRecordConfig"]);
        Assert.Equal(new QpsLimit(30, TimeSpan.FromSeconds(1)), limits["UpdateLiveAppSnapshotConfig"]);
        Assert.Equal(new QpsLimit(45, TimeSpan.FromSeconds(1)), limits["CreateLiveStreamRecordIndexFiles"]);
        Assert.Equal(new QpsLimit(1000, TimeSpan.FromMinutes(1)), limits["AddLiveRecordVodConfig"]);
        Assert.Equal(new QpsLimit(3, TimeSpan.FromSeconds(1)), limits["DescribeLiveStreamsPublishList"]);
    }
}
