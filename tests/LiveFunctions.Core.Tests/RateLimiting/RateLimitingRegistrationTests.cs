using LiveFunctions.Core.RateLimiting;
using LiveFunctions.Core.RateLimiting.Handler;
using LiveFunctions.Core.RateLimiting.Limits;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Tests.RateLimiting;

public sealed class RateLimitingRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["AzureWebJobsStorage"] = "UseDevelopmentStorage=true";
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddRateLimiter();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddRateLimiter_Settings_BindEveryKey()
    {
        using var provider = Build(new()
        {
            ["RateLimits:SafetyMargin"] = "0.8",
            ["RateLimits:Default"] = "5/min",
            ["RateLimits:Overrides:UpdateLiveAppRecordConfig"] = "12/s",
            ["RateLimits:Container"] = "my-limits",
            ["RateLimits:MaxBatch"] = "4",
            ["RateLimits:TimingGuard"] = "00:00:00.020",
            ["RateLimits:PenaltyFactor"] = "0.25",
            ["RateLimits:PenaltyDuration"] = "00:01:00",
            ["RateLimits:MaxConflictRetries"] = "3",
        });

        var options = provider.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var limiter = provider.GetRequiredService<RateLimiter>();

        Assert.Equal(
            (0.8, "5/min", "12/s", "my-limits", 4, TimeSpan.FromMilliseconds(20), 0.25, TimeSpan.FromMinutes(1), 3),
            (options.SafetyMargin, options.Default, options.Overrides["UpdateLiveAppRecordConfig"], options.Container, options.MaxBatch,
             options.TimingGuard, options.PenaltyFactor, options.PenaltyDuration, options.MaxConflictRetries));
        Assert.Equal("12/s", limiter.Limits.LimitOf("UpdateLiveAppRecordConfig").ToString());
        Assert.Equal("5/min", limiter.Limits.LimitOf("GetLiveTranscodeJob").ToString());
        Assert.NotNull(provider.GetRequiredService<RateLimitHandler>());
    }

    [Fact]
    public void AddRateLimiter_BrokenSetting_FailsNamingIt()
    {
        using var provider = Build(new() { ["RateLimits:Default"] = "ten per second" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RateLimitOptions>>().Value);

        Assert.Contains("RateLimits:Default must be N/s or N/min", error.Message, StringComparison.Ordinal);
    }
}
