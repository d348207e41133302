using LiveFunctions.EndToEnd.Tests.Support;
using LiveFunctions.Emulator;
using LiveFunctions.Testing;
using LiveFunctions.Testing.Azurite;
using Microsoft.AspNetCore.Builder;

namespace LiveFunctions.EndToEnd.Tests.RateLimiting;

/// <summary>An Azurite and an emulator (QPS limits on, its defaults) of their own for the multi-process test.</summary>
public sealed class RateLimiterProcessesFixture : IAsyncLifetime
{
    private AzuriteInstance? _azurite;
    private WebApplication? _emulatorHost;
    private EmulatorClient? _emulator;

    public AzuriteInstance Azurite => _azurite ?? throw new InvalidOperationException("Not started.");

    public EmulatorClient Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteInstance.StartAsync();
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        _emulatorHost = EmulatorHost.Build(["--urls", url, "--Logging:LogLevel:Default=Warning"]);
        await _emulatorHost.StartAsync();
        _emulator = new EmulatorClient(new Uri(url));
    }

    public async Task DisposeAsync()
    {
        _emulator?.Dispose();
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
}

/// <summary>
/// The multi-process test alone: not in parallel with any other test of the run, whose load on the machine's CPUs would
/// delay calls between their slot and the emulator.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RateLimiterProcessesCollection : ICollectionFixture<RateLimiterProcessesFixture>
{
    public const string Name = "rate-limiter-processes";
}
