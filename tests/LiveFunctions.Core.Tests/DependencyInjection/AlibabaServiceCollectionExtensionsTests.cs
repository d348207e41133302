using System.Net;
using LiveFunctions.Core.DependencyInjection;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Tests.OpenApi.Support;
using LiveFunctions.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Tests.DependencyInjection;

public sealed class AlibabaServiceCollectionExtensionsTests
{
    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        return services;
    }

    private static Dictionary<string, string?> Keys() => new()
    {
        ["Alibaba:AccessKeyId"] = "testid",
        ["Alibaba:AccessKeySecret"] = "testsecret",
    };

    [Fact]
    public void AddAlibabaOpenApi_BindsEverySettingOfTheAlibabaSection()
    {
        var settings = Keys();
        settings["Alibaba:SecurityToken"] = "tok";
        settings["Alibaba:LiveEndpoint"] = "http://127.0.0.1:7081";
        settings["Alibaba:IceEndpoint"] = "http://127.0.0.1:7082";
        settings["Alibaba:SignatureVersion"] = "V1";
        settings["Alibaba:AttemptTimeout"] = "00:00:03";
        settings["Alibaba:Retry:MaxAttempts"] = "6";
        settings["Alibaba:Retry:MaxElapsed"] = "00:01:00";
        settings["Alibaba:Retry:BaseDelay"] = "00:00:00.5";
        settings["Alibaba:Retry:MaxDelay"] = "00:00:08";
        var services = Services(settings);
        services.AddAlibabaOpenApi();
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<AlibabaOptions>>().Value;

        Assert.Equal(("testid", "testsecret", "tok"), (options.AccessKeyId, options.AccessKeySecret, options.SecurityToken));
        Assert.Equal(("http://127.0.0.1:7081", "http://127.0.0.1:7082"), (options.LiveEndpoint, options.IceEndpoint));
        Assert.Equal(AlibabaSignatureVersion.V1, options.SignatureVersion);
        Assert.Equal(TimeSpan.FromSeconds(3), options.AttemptTimeout);
        Assert.Equal(6, options.Retry.MaxAttempts);
        Assert.Equal(TimeSpan.FromMinutes(1), options.Retry.MaxElapsed);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.Retry.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(8), options.Retry.MaxDelay);
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.NotNull(provider.GetRequiredService<AlibabaClient>());
    }

    [Fact]
    public void AddAlibabaOpenApi_MissingKeys_FailStartValidationNamingTheSettings()
    {
        var services = Services([]);
        services.AddAlibabaOpenApi();
        using var provider = services.BuildServiceProvider();

        // What the host runs at start because of ValidateOnStart.
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Alibaba:AccessKeyId is required", e.Message, StringComparison.Ordinal);
        Assert.Contains("Alibaba:AccessKeySecret is required", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAlibabaOpenApi_BadEndpoint_FailsStartValidation()
    {
        var settings = Keys();
        settings["Alibaba:LiveEndpoint"] = "https://live.aliyuncs.com/v1/api";
        var services = Services(settings);
        services.AddAlibabaOpenApi();
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Alibaba:LiveEndpoint", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAlibabaOpenApi_KeepsARegisteredTimeProvider()
    {
        var services = Services(Keys());
        var clock = new ManualTimeProvider(ClientHarness.Start);
        services.AddSingleton<TimeProvider>(clock);
        services.AddAlibabaOpenApi();
        using var provider = services.BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task AddAlibabaOpenApi_ChainedHandler_SeesEveryAttemptWithItsCallInfo()
    {
        var settings = Keys();
        settings["Alibaba:Retry:BaseDelay"] = "00:00:00.001";
        settings["Alibaba:Retry:MaxDelay"] = "00:00:00.001";
        var services = Services(settings);
        var stub = new StubHttpMessageHandler()
            .Enqueue(HttpStatusCode.BadRequest, ClientHarness.ErrorBody("Throttling.User"))
            .Enqueue(HttpStatusCode.OK, ClientHarness.OkBody());
        var seen = new List<OpenApiCallInfo?>();
        services.AddTransient(_ => new RecordingHandler(seen));
        services.AddAlibabaOpenApi()
            .AddHttpMessageHandler<RecordingHandler>()
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        var response = await provider.GetRequiredService<AlibabaClient>().SendAsync(new TestOperation(), new TestRequest("x"));

        Assert.Equal("REQ-OK", response.RequestId);
        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal([new OpenApiCallInfo("testid", AlibabaProduct.Live, "DescribeTestThing"), new OpenApiCallInfo("testid", AlibabaProduct.Live, "DescribeTestThing")], seen);
    }

    private sealed class RecordingHandler(List<OpenApiCallInfo?> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request.Options.TryGetValue(OpenApiCallInfo.OptionsKey, out var info) ? info : null);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
