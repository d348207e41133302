using System.Diagnostics;
using LiveFunctions.EndToEnd.Tests.Support;
using LiveFunctions.Testing;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.EndToEnd.Tests.RateLimiting;

/// <summary>
/// An Azurite and an emulator of their own for the multi-process test, the emulator in its own OS process (QPS limits
/// on, its defaults), so that pauses of the test process (its collector, after hundreds of tests) cannot hold calls
/// back and let them arrive crowded.
/// </summary>
public sealed class RateLimiterProcessesFixture : IAsyncLifetime
{
    private AzuriteInstance? _azurite;
    private Process? _emulatorProcess;
    private EmulatorClient? _emulator;

    public AzuriteInstance Azurite => _azurite ?? throw new InvalidOperationException("Not started.");

    public EmulatorClient Emulator => _emulator ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteInstance.StartAsync();
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = false, RedirectStandardError = false };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "LiveFunctions.Emulator.dll"), "--urls", url, "--Logging:LogLevel:Default=Warning"])
        {
            info.ArgumentList.Add(argument);
        }

        _emulatorProcess = Process.Start(info) ?? throw new InvalidOperationException("The emulator did not start.");
        _emulator = new EmulatorClient(new Uri(url));
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await _emulator.ResetAsync();
                return;
            }
            catch (HttpRequestException) when (attempt < 100 && !_emulatorProcess.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    public async Task DisposeAsync()
    {
        _emulator?.Dispose();
        if (_emulatorProcess is not null)
        {
            if (!_emulatorProcess.HasExited)
            {
                _emulatorProcess.Kill(entireProcessTree: true);
                await _emulatorProcess.WaitForExitAsync();
            }

            _emulatorProcess.Dispose();
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
