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
}
