using LiveFunctions.Core.OpenApi;
using LiveFunctions.Emulator;
using LiveFunctions.Testing;
using LiveFunctions.Testing.Azurite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.EndToEnd.Tests.Support;

/// <summary>
/// The whole pack, started once per test collection (<see cref="PackCollection"/>), every part over real HTTP with
/// real signatures:
/// <list type="bullet">
/// <item><see cref="Azurite"/>: Azurite (in memory, random ports);</item>
/// <item><see cref="Emulator"/>: the emulator in-process on a free port with its defaults (QPS limits on, key
/// <c>testid</c>/<c>testsecret</c>), its developer endpoints, and <see cref="Alibaba"/>, a signed Core client straight to
/// it for seeding and checking state;</item>
/// <item><see cref="App"/>: the app's real Program in-process, standalone, on a free port, with
/// <c>Alibaba:LiveEndpoint</c>/<c>IceEndpoint</c> = the emulator and <c>AzureWebJobsStorage</c> = Azurite (see
/// <see cref="Settings"/>).</item>
/// </list>
/// Tests call <see cref="ResetAsync"/> first (the emulator's configs, request log, faults and QPS windows start
/// empty), and may start more app instances with other settings through <see cref="StartAppAsync"/>.
/// </summary>
public sealed class PackFixture : IAsyncLifetime
{
    private AzuriteInstance? _azurite;
    private WebApplication? _emulatorHost;
    private EmulatorClient? _emulator;
    private PackApp? _app;
    private HttpClient? _alibabaHttp;
    private AlibabaClient? _alibaba;
    private Dictionary<string, string?>? _settings;

    /// <summary>Azurite.</summary>
    public AzuriteInstance Azurite => _azurite ?? throw NotStarted();

    /// <summary>The emulator's developer endpoints.</summary>
    public EmulatorClient Emulator => _emulator ?? throw NotStarted();

    /// <summary>A signed client (no retries) to the emulator, for seeding and reading its state as a user would.</summary>
    public AlibabaClient Alibaba => _alibaba ?? throw NotStarted();

    /// <summary>The app.</summary>
    public PackApp App => _app ?? throw NotStarted();

    /// <summary>The settings the app runs with (a copy); pass changes to <see cref="StartAppAsync"/>.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(_settings ?? throw NotStarted());

    /// <summary>The bucket of the hourly manifests (IndexFiles:OssBucket) of every app instance.</summary>
    public const string IndexBucket = "live-bucket";

    /// <summary>Retries of the app's client wait this little, so retried calls stay fast.</summary>
    public static readonly TimeSpan RetryBaseDelay = TimeSpan.FromMilliseconds(50);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var quiet = Environment.GetEnvironmentVariable("LF_TEST_LOGS") is null;
        _azurite = await AzuriteInstance.StartAsync();

        var emulatorUrl = $"http://127.0.0.1:{FreePort.Next()}";
        string[] emulatorArgs = quiet ? ["--urls", emulatorUrl, "--Logging:LogLevel:Default=Warning"] : ["--urls", emulatorUrl];
        _emulatorHost = EmulatorHost.Build(emulatorArgs);
        await _emulatorHost.StartAsync();
        _emulator = new EmulatorClient(new Uri(emulatorUrl));

        _alibabaHttp = new HttpClient();
        _alibaba = new AlibabaClient(
            _alibabaHttp,
            Options.Create(new AlibabaOptions
            {
                AccessKeyId = "testid",
                AccessKeySecret = "testsecret",
                LiveEndpoint = emulatorUrl,
                IceEndpoint = emulatorUrl,
                Retry = new AlibabaRetryOptions { MaxAttempts = 1 },
            }),
            TimeProvider.System,
            NullLogger<AlibabaClient>.Instance);

        _settings = new Dictionary<string, string?>
        {
            ["urls"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["Alibaba:AccessKeyId"] = "testid",
            ["Alibaba:AccessKeySecret"] = "testsecret",
            ["Alibaba:LiveEndpoint"] = emulatorUrl,
            ["Alibaba:IceEndpoint"] = emulatorUrl,
            ["Alibaba:Retry:BaseDelay"] = RetryBaseDelay.ToString(),
            ["Alibaba:Retry:MaxDelay"] = TimeSpan.FromMilliseconds(200).ToString(),
            ["AzureWebJobsStorage"] = _azurite.ConnectionString,

            // Every instance's index-executor reads index-work, so every instance writes manifests to the same place.
            ["IndexFiles:OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
            ["IndexFiles:OssBucket"] = IndexBucket,
        };
        if (quiet)
        {
            _settings["Logging:LogLevel:Default"] = "Warning";
        }

        _app = await PackApp.StartAsync(_settings);
    }

    /// <summary>Resets the emulator: configs, simulation state, request log, nonces, QPS windows and faults.</summary>
    public Task ResetAsync() => Emulator.ResetAsync();

    /// <summary>
    /// Starts another app instance with <see cref="Settings"/> changed by <paramref name="changes"/> (a null value removes
    /// a setting) on its own free port; dispose it at the end of the test.
    /// </summary>
    public Task<PackApp> StartAppAsync(IReadOnlyDictionary<string, string?> changes, Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var settings = new Dictionary<string, string?>(_settings ?? throw NotStarted()) { ["urls"] = $"http://127.0.0.1:{FreePort.Next()}" };
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }

        return PackApp.StartAsync(settings, services);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _emulator?.Dispose();
        _alibabaHttp?.Dispose();
        if (_emulatorHost is not null)
        {
            await _emulatorHost.StopAsync();
            await _emulatorHost.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    private static InvalidOperationException NotStarted() => new("The pack fixture has not started.");
}

/// <summary>The collection of tests that share one <see cref="PackFixture"/> (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class PackCollection : ICollectionFixture<PackFixture>
{
    /// <summary>The collection name for <c>[Collection(PackCollection.Name)]</c>.</summary>
    public const string Name = "pack";
}
