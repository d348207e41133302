using LiveFunctions.Core.Scheduling.IndexFiles;

namespace LiveFunctions.Core.Tests.Scheduling.IndexFiles;

public sealed class IndexFilesOptionsValidatorTests
{
    private static IndexFilesOptions Valid()
    {
        var options = new IndexFilesOptions { OssEndpoint = "oss-cn-shanghai.aliyuncs.com", OssBucket = "live-records" };
        options.Domains.Add("example.com");
        return options;
    }

    private static IReadOnlyList<string> Failures(IndexFilesOptions options) =>
        new IndexFilesOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new IndexFilesOptionsValidator().Validate(null, new IndexFilesOptions()).Succeeded);
        Assert.True(new IndexFilesOptionsValidator().Validate(null, Valid()).Succeeded);
    }

    [Fact]
    public void Validate_DomainsWithoutOssSettings_NamesBothSettings()
    {
        var options = new IndexFilesOptions();
        options.Domains.Add("example.com");

        var failures = Failures(options);

        Assert.Contains(failures, f => f.StartsWith("IndexFiles:OssEndpoint", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("IndexFiles:OssBucket", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadDomain_NamesItsIndex()
    {
        var options = Valid();
        options.Domains.Add("https://bad");

        Assert.Contains(Failures(options), f => f.StartsWith("IndexFiles:Domains:1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(720)]
    public void Validate_MaxBackfillHoursOutOfRange_Fails(int hours)
    {
        var options = Valid();
        options.MaxBackfillHours = hours;

        Assert.Contains(Failures(options), f => f.StartsWith("IndexFiles:MaxBackfillHours", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TemplateStartingWithSlash_Fails()
    {
        var options = Valid();
        options.OssObjectTemplate = "/{AppName}.m3u8";

        Assert.Contains(Failures(options), f => f.StartsWith("IndexFiles:OssObjectTemplate", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SettleDelayAndRangeOutOfRange_Fail()
    {
        var options = Valid();
        options.SettleDelay = TimeSpan.FromHours(1);
        options.MaxRangeHours = 92 * 24 + 1;

        var failures = Failures(options);

        Assert.Contains(failures, f => f.StartsWith("IndexFiles:SettleDelay", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("IndexFiles:MaxRangeHours", StringComparison.Ordinal));
    }
}
