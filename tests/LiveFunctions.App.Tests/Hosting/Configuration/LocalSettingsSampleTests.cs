using System.Text.Json;
using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Timers;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Core.Callbacks;
using LiveFunctions.Core.DependencyInjection;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Scheduling;
using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Core.Scheduling.Transcode;
using LiveFunctions.Core.Storage;
using LiveFunctions.Testing;
using LiveFunctions.Testing.Azurite;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Tests.Hosting.Configuration;

/// <summary>local.settings.sample.json: every value passes its part's start-up checks and is documented.</summary>
public sealed class LocalSettingsSampleTests
{
    private static readonly string Root = RepositoryRoot.Find();

    /// <summary>The sample's Values as configuration keys (<c>__</c> → <c>:</c>).</summary>
    private static Dictionary<string, string?> Values()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "local.settings.sample.json")));
        return json.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value.GetString(), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Values_FunctionsBasics_AreTheLocalOnes()
    {
        var values = Values();

        Assert.Equal("custom", values["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("UseDevelopmentStorage=true", values["AzureWebJobsStorage"]);
        Assert.Equal("http://127.0.0.1:7081", values["Alibaba:LiveEndpoint"]);
        Assert.Equal("http://127.0.0.1:7081", values["Alibaba:IceEndpoint"]);
        Assert.DoesNotContain(values.Keys, k => k.StartsWith("FUNCTIONS_CUSTOMHANDLER_PORT", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Values_EachPartsOptions_BindWithoutUnknownKeysAndPassValidation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Values()).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddAlibabaOpenApi();
        services.AddSnapshotCallbacks();
        services.AddLiveFunctionsScheduling();
        services.AddAzureStorage();
        using var provider = services.BuildServiceProvider();

        // Value throws OptionsValidationException for a value its validator refuses.
        Assert.Equal("testid", provider.GetRequiredService<IOptions<AlibabaOptions>>().Value.AccessKeyId);
        Assert.Equal("127.0.0.1", provider.GetRequiredService<IOptions<SnapshotCallbackOptions>>().Value.CallbackHost);
        Assert.Equal(["demo.livefunctions.test"], provider.GetRequiredService<IOptions<IndexFilesOptions>>().Value.Domains);
        Assert.Equal(TimeSpan.FromMinutes(30), provider.GetRequiredService<IOptions<TranscodeRotationOptions>>().Value.SafetyMargin);
        Assert.Equal("UseDevelopmentStorage=true", provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString);

        // A misspelt key would bind to nothing: bind each section again, refusing keys without a property.
        Action<BinderOptions> strict = o => o.ErrorOnUnknownConfiguration = true;
        configuration.GetSection(AlibabaOptions.SectionName).Get<AlibabaOptions>(strict);
        configuration.GetSection(SnapshotCallbackOptions.SectionName).Get<SnapshotCallbackOptions>(strict);
        configuration.GetSection(IndexFilesOptions.SectionName).Get<IndexFilesOptions>(strict);
        configuration.GetSection(TranscodeRotationOptions.SectionName).Get<TranscodeRotationOptions>(strict);
        configuration.GetSection(StandaloneOptions.Section).Get<StandaloneOptions>(strict);
    }

    [Fact]
    public void Values_TimerSchedules_AreValidNcrontab()
    {
        var values = Values();

        Assert.NotNull(LiveFunctions.App.Hosting.Timers.Cron.CronSchedule.TryParse(values["IndexFilesSchedule"]!, out _));
        Assert.NotNull(LiveFunctions.App.Hosting.Timers.Cron.CronSchedule.TryParse(values["TranscodeWindowsSchedule"]!, out _));
    }

    [Fact]
    public async Task Values_StandaloneApp_StartsWithThem()
    {
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), _ => { }, Values());

        await app.StartAsync();

        Assert.IsType<StorageTimerStatusStore>(app.Services.GetRequiredService<ITimerStatusStore>());
        await app.StopAsync();
    }

    [Fact]
    public void Values_EveryKey_IsInTheConfigurationDocument()
    {
        var document = File.ReadAllText(Path.Combine(Root, "docs", "configuration.md"));

        var missing = Values().Keys.Where(k => !document.Contains($"`{k}`", StringComparison.Ordinal)).ToArray();

        Assert.Empty(missing);
    }
}
