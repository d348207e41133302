using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.RateLimiting.Entity;
using LiveFunctions.Core.RateLimiting.Limits;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Tests.RateLimiting;

public sealed class RateLimitLimitsTests
{
    [Theory]
    [InlineData("30/s", 30, 1)]
    [InlineData(" 1000/min ", 1000, 60)]
    public void TryParse_Valid_ReadsCountAndPeriod(string text, int count, int seconds)
    {
        Assert.True(RateLimit.TryParse(text, out var limit));
        Assert.Equal(new RateLimit(count, TimeSpan.FromSeconds(seconds)), limit);
        Assert.Equal(text.Trim(), limit.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("0/s")]
    [InlineData("-1/s")]
    [InlineData("10/h")]
    [InlineData("10")]
    [InlineData("none")]
    public void TryParse_Invalid_IsFalse(string text) => Assert.False(RateLimit.TryParse(text, out _));

    [Fact]
    public void Table_OverrideThenDocumentedThenDefault()
    {
        var table = new RateLimitTable(Options.Create(new RateLimitOptions
        {
            Default = "7/s",
            Overrides = new() { ["UpdateLiveAppRecordConfig"] = "12/s" },
        }));

        Assert.Equal("12/s", table.LimitOf("UpdateLiveAppRecordConfig").ToString());
        Assert.Equal("45/s", table.LimitOf("CreateLiveStreamRecordIndexFiles").ToString());
        Assert.Equal("1000/min", table.LimitOf("AddLiveRecordVodConfig").ToString());
        Assert.Equal("3/s", table.LimitOf("DescribeLiveStreamsPublishList").ToString());
        Assert.Equal("7/s", table.LimitOf("UpdateLiveTranscodeJob").ToString());
    }

    [Fact]
    public void Pacing_Defaults_BurstPlusPacedCallsStayWithinTheLimitOverPeriodPlusGuard()
    {
        var pacing = Pacing.For(new RateLimit(30, TimeSpan.FromSeconds(1)), new RateLimitOptions());

        Assert.Equal(TimeSpan.FromSeconds(1.05) / 27, pacing.Interval);
        Assert.Equal(3, pacing.Burst);
        Assert.True(pacing.Burst + (1.05 / pacing.Interval.TotalSeconds) <= 30);
    }

    [Fact]
    public void Pacing_FullMargin_NoBurst()
    {
        var pacing = Pacing.For(new RateLimit(30, TimeSpan.FromSeconds(1)), new RateLimitOptions { SafetyMargin = 1 });

        Assert.Equal(1, pacing.Burst);
        Assert.Equal(TimeSpan.Zero, pacing.Tolerance);
        Assert.Equal(TimeSpan.FromMilliseconds(35), pacing.Interval);
    }

    [Fact]
    public void Validator_BrokenSettings_NamesEach()
    {
        var errors = RateLimitOptionsValidator.Errors(new RateLimitOptions
        {
            SafetyMargin = 1.5,
            Default = "fast",
            Overrides = new() { ["AddLiveAppRecordConfig"] = "30/hour" },
            Container = "Bad_Name",
            MaxBatch = 0,
            TimingGuard = TimeSpan.FromSeconds(-1),
            PenaltyFactor = 1,
            PenaltyDuration = TimeSpan.Zero,
            MaxConflictRetries = -1,
        });

        Assert.Equal(9, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("RateLimits:SafetyMargin", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("RateLimits:Overrides:AddLiveAppRecordConfig", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("RateLimits:Container", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_Defaults_AreValid() => Assert.Empty(RateLimitOptionsValidator.Errors(new RateLimitOptions()));

    [Fact]
    public void Key_BlobName_EncodesTheAccessKeyIdIntoOneSafeSegment()
    {
        Assert.Equal("LTAI5tAbc/live/UpdateLiveAppRecordConfig.json", new RateLimitKey("LTAI5tAbc", AlibabaProduct.Live, "UpdateLiveAppRecordConfig").BlobName);
        Assert.Equal("STS~2Eab~2F~2E~2E/ice/GetLiveTranscodeJob.json", new RateLimitKey("STS.ab/..", AlibabaProduct.Ice, "GetLiveTranscodeJob").BlobName);
        Assert.Throws<ArgumentException>(() => new RateLimitKey("id", AlibabaProduct.Live, "../x"));
    }
}
