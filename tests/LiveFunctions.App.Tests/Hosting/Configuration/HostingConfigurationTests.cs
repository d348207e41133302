using System.Text.Json;
using LiveFunctions.App.Hosting;
using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Tests.Hosting.Configuration;

public sealed class HostingConfigurationTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static WebApplicationBuilder Builder(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        return builder;
    }

    [Fact]
    public void Detect_PortSetting_IsUnderTheFunctionsHost()
    {
        var mode = FunctionsHostingMode.Detect(Config(("FUNCTIONS_CUSTOMHANDLER_PORT", "40123")));

        Assert.True(mode.UnderFunctionsHost);
        Assert.Equal(40123, mode.CustomHandlerPort);
    }

    [Fact]
    public void Detect_LegacyPortSetting_IsUnderTheFunctionsHost()
    {
        Assert.Equal(40124, FunctionsHostingMode.Detect(Config(("FUNCTIONS_HTTPWORKER_PORT", "40124"))).CustomHandlerPort);
    }

    [Fact]
    public void Detect_NoPort_IsStandalone()
    {
        Assert.True(FunctionsHostingMode.Detect(Config()).Standalone);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("70000")]
    public void Detect_InvalidPort_ThrowsNamingTheSetting(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => FunctionsHostingMode.Detect(Config(("FUNCTIONS_CUSTOMHANDLER_PORT", value))));
        Assert.Contains("FUNCTIONS_CUSTOMHANDLER_PORT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFunctionsHosting_Standalone_ListensOnTheFunctionsDefaultPort()
    {
        var builder = Builder();
        builder.AddFunctionsHosting();

        Assert.Equal("http://127.0.0.1:7071", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public void AddFunctionsHosting_StandaloneWithUrls_KeepsThem()
    {
        var builder = Builder("--urls=http://127.0.0.1:5999");
        builder.AddFunctionsHosting();

        Assert.Equal("http://127.0.0.1:5999", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public void AddFunctionsHosting_UnderHost_ListensOnTheHostPortEvenWithUrls()
    {
        var builder = Builder("--urls=http://127.0.0.1:5999", "--FUNCTIONS_CUSTOMHANDLER_PORT=40125");
        builder.AddFunctionsHosting();

        Assert.Equal("http://127.0.0.1:40125", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public async Task AddFunctionsHosting_StandaloneNothingConfigured_UsesTheEmbeddedDefaults()
    {
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), _ => { });

        Assert.Equal(StandaloneDefaults.EmulatorEndpoint, app.Configuration["Alibaba:LiveEndpoint"]);
        Assert.Equal(StandaloneDefaults.EmulatorEndpoint, app.Configuration["Alibaba:IceEndpoint"]);
        Assert.Equal("testid", app.Configuration["Alibaba:AccessKeyId"]);
        Assert.Equal("testsecret", app.Configuration["Alibaba:AccessKeySecret"]);
        Assert.Equal("UseDevelopmentStorage=true", app.Configuration["AzureWebJobsStorage"]);
    }

    [Fact]
    public async Task AddFunctionsHosting_StandaloneWithSettings_SettingsWinOverDefaults()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Alibaba:LiveEndpoint"] = "http://127.0.0.1:9999",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://acct.queue.core.windows.net",
        };
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), _ => { }, settings);

        Assert.Equal("http://127.0.0.1:9999", app.Configuration["Alibaba:LiveEndpoint"]);
        Assert.Equal("testid", app.Configuration["Alibaba:AccessKeyId"]);
        Assert.Null(app.Configuration["AzureWebJobsStorage"]);
    }

    [Fact]
    public void StandaloneDefaults_AccessKeyConfigured_LeavesTheAlibabaGroupAlone()
    {
        var defaults = StandaloneDefaults.For(Config(("Alibaba:AccessKeyId", "LTAI-real")));

        Assert.False(defaults.ContainsKey("Alibaba:AccessKeySecret"));
        Assert.False(defaults.ContainsKey("Alibaba:LiveEndpoint"));
        Assert.Equal("UseDevelopmentStorage=true", defaults["AzureWebJobsStorage"]);
    }

    [Fact]
    public async Task AddFunctionsHosting_UnderHost_AppliesNoDefaults()
    {
        await using var app = TestApp.Build(underHost: true, FreePort.Next(), _ => { });

        Assert.Null(app.Configuration["Alibaba:AccessKeyId"]);
        Assert.Null(app.Configuration["AzureWebJobsStorage"]);
    }

    [Fact]
    public async Task HostJsonOptions_RepositoryHostJson_IsBoundForTheStandaloneSources()
    {
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), _ => { });

        var options = app.Services.GetRequiredService<IOptions<HostJsonOptions>>().Value;

        Assert.Equal(5, options.Extensions.Queues.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Extensions.Queues.VisibilityTimeout);
        Assert.Equal(16, options.Extensions.Queues.BatchSize);
        Assert.Equal(TimeSpan.FromMinutes(10), options.FunctionTimeout);
        Assert.Equal("base64", options.Extensions.Queues.MessageEncoding);
    }

    [Fact]
    public async Task HostJsonOptions_AppSettingOverride_WinsLikeOnTheHost()
    {
        var settings = new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:queues:batchSize"] = "4" };
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), _ => { }, settings);

        Assert.Equal(4, app.Services.GetRequiredService<IOptions<HostJsonOptions>>().Value.Extensions.Queues.BatchSize);
    }

    [Fact]
    public async Task HostJsonOptions_InvalidBatchSize_FailsTheStart()
    {
        var settings = new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:queues:batchSize"] = "64" };
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), _ => { }, settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains("batchSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StandaloneOptions_EmptyFunctionKey_FailsTheStart()
    {
        var settings = new Dictionary<string, string?> { ["Standalone:FunctionKey"] = " key " };
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), _ => { }, settings);

        await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }

    [Fact]
    public void HostJson_AtTheRepositoryRoot_DeclaresTheCustomHandler()
    {
        var path = Path.Combine(RepositoryRoot(), "host.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        var handler = root.GetProperty("customHandler");
        Assert.Equal("LiveFunctions.App", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.True(handler.GetProperty("enableProxyingHttpRequest").GetBoolean());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", root.GetProperty("extensionBundle").GetProperty("id").GetString());
        Assert.Equal("[4.*, 5.0.0)", root.GetProperty("extensionBundle").GetProperty("version").GetString());
        Assert.Equal(5, root.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32());
        Assert.True(root.TryGetProperty("functionTimeout", out _));
        Assert.True(root.TryGetProperty("logging", out _));
        Assert.False(root.TryGetProperty("http", out _));
    }

    [Fact]
    public void HostJson_NextToTheTests_IsTheRepositoryFile()
    {
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryRoot(), "host.json")),
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LiveFunctions.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LiveFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}
