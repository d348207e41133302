using LiveFunctions.Core.DependencyInjection;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.DescribeLiveRecordConfig;
using LiveFunctions.Core.Operations.UpdateLiveAppSnapshotConfig;
using LiveFunctions.Core.RateLimiting;
using LiveFunctions.Core.RateLimiting.Handler;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveFunctions.Bench.RateLimiter;

/// <summary>
/// The Core client as the app registers it — <c>AddAlibabaOpenApi().AddRateLimiting()</c> over <c>AzureWebJobsStorage</c>
/// — pointed at an emulator with the key <c>testid</c>/<c>testsecret</c>. Calls <c>UpdateLiveAppSnapshotConfig</c>
/// (documented at 30/s), the action of the rate-limiter benchmark and of the multi-process test.
/// </summary>
internal sealed class RateLimitedAlibaba : IAsyncDisposable
{
    /// <summary>The action called.</summary>
    public const string Action = "UpdateLiveAppSnapshotConfig";

    private readonly ServiceProvider _services;

    private RateLimitedAlibaba(ServiceProvider services)
    {
        _services = services;
        Client = services.GetRequiredService<AlibabaClient>();
        Limiter = services.GetRequiredService<Core.RateLimiting.RateLimiter>();
    }

    public AlibabaClient Client { get; }

    public Core.RateLimiting.RateLimiter Limiter { get; }

    /// <summary>Builds the services; <paramref name="settings"/> adds or replaces settings (e.g. <c>RateLimits:SafetyMargin</c>).</summary>
    public static RateLimitedAlibaba Create(string emulatorUrl, string storageConnectionString, IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Alibaba:AccessKeyId"] = "testid",
            ["Alibaba:AccessKeySecret"] = "testsecret",
            ["Alibaba:LiveEndpoint"] = emulatorUrl,
            ["Alibaba:IceEndpoint"] = emulatorUrl,
            ["AzureWebJobsStorage"] = storageConnectionString,
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).SetMinimumLevel(LogLevel.Warning));
        services.AddAlibabaOpenApi().AddRateLimiting();
        return new RateLimitedAlibaba(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    /// <summary>One call through the limiter; null when the service accepted it, else the error code it answered.</summary>
    public async Task<string?> CallAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await Client.UpdateLiveAppSnapshotConfigAsync(
                new UpdateLiveAppSnapshotConfigRequest { DomainName = "bench.example.com", AppName = "liveApp", TimeInterval = 10 }, cancellationToken);
            return null;
        }
        catch (AlibabaApiException e)
        {
            return e.Code;
        }
    }

    /// <summary>
    /// Starts the limiter (container, clock calibration) and makes one call of another action (DescribeLiveRecordConfig,
    /// 100/s) so that the code and the connection of the call path are warm: a first call pays JIT and connection set-up
    /// after its slot, and arriving late it would crowd the next ones.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        await Limiter.StartAsync(cancellationToken);
        try
        {
            await Client.DescribeLiveRecordConfigAsync(new DescribeLiveRecordConfigRequest { DomainName = "bench.example.com" }, cancellationToken);
        }
        catch (AlibabaApiException)
        {
            // Any answer warms the path.
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
