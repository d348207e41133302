using LiveFunctions.Core.Scheduling;
using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Core.Scheduling.Transcode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Tests.Scheduling;

public sealed class SchedulingServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLiveFunctionsScheduling()
            .BuildServiceProvider();
    }

    [Fact]
    public void AddLiveFunctionsScheduling_BindsBothSections()
    {
        using var provider = Build(new()
        {
            ["IndexFiles:Domains:0"] = "example.com",
            ["IndexFiles:Domains:1"] = "live.example.org",
            ["IndexFiles:OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
            ["IndexFiles:OssBucket"] = "live-records",
            ["IndexFiles:MaxBackfillHours"] = "24",
            ["IndexFiles:SettleDelay"] = "00:03:00",
            ["TranscodeRotation:SafetyMargin"] = "01:00:00",
            ["TranscodeRotation:AllowRearmStopped"] = "false",
        });

        var index = provider.GetRequiredService<IOptions<IndexFilesOptions>>().Value;
        var rotation = provider.GetRequiredService<IOptions<TranscodeRotationOptions>>().Value;

        Assert.Equal(["example.com", "live.example.org"], index.Domains);
        Assert.Equal(24, index.MaxBackfillHours);
        Assert.Equal(TimeSpan.FromMinutes(3), index.SettleDelay);
        Assert.Equal(IndexFilesOptions.DefaultOssObjectTemplate, index.OssObjectTemplate);
        Assert.Equal(TimeSpan.FromHours(1), rotation.SafetyMargin);
        Assert.False(rotation.AllowRearmStopped);
    }

    [Fact]
    public void AddLiveFunctionsScheduling_InvalidSetting_FailsWithTheSettingsName()
    {
        using var provider = Build(new() { ["TranscodeRotation:SafetyMargin"] = "13:00:00" });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TranscodeRotationOptions>>().Value);

        Assert.Contains("TranscodeRotation:SafetyMargin", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IndexFiles:Domains", "a.example.com,b.example.com")]
    [InlineData("IndexFiles:Domains", " a.example.com , ,b.example.com,a.example.com ")]
    [InlineData("IndexFiles:Domains:0", "a.example.com, b.example.com")]
    public void AddLiveFunctionsScheduling_DomainsAsOneCommaSeparatedValue_AreSplitAndTrimmed(string key, string value)
    {
        using var provider = Build(new()
        {
            [key] = value,
            ["IndexFiles:OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
            ["IndexFiles:OssBucket"] = "live-records",
        });

        var index = provider.GetRequiredService<IOptions<IndexFilesOptions>>().Value;

        Assert.Equal(["a.example.com", "b.example.com"], index.Domains);
    }

    [Fact]
    public void AddLiveFunctionsScheduling_ListAndCommaEntriesTogether_KeepsEveryDomainOnce()
    {
        using var provider = Build(new()
        {
            ["IndexFiles:Domains:0"] = "a.example.com,c.example.com",
            ["IndexFiles:Domains:1"] = "b.example.com",
            ["IndexFiles:OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
            ["IndexFiles:OssBucket"] = "live-records",
        });

        Assert.Equal(["a.example.com", "c.example.com", "b.example.com"], provider.GetRequiredService<IOptions<IndexFilesOptions>>().Value.Domains);
    }
}
