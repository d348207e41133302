using LiveFunctions.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveFunctions.Emulator.Tests.Support;

/// <summary>
/// The emulator running in-process on a free loopback port with a manual clock; each test starts its own, so no
/// state is shared between tests.
/// </summary>
public sealed class RunningEmulator : IAsyncDisposable
{
    /// <summary>The clock's start when a test does not choose one.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private RunningEmulator(WebApplication app, Uri baseAddress, ManualTimeProvider clock)
    {
        App = app;
        BaseAddress = baseAddress;
        Clock = clock;
        Http = new HttpClient { BaseAddress = baseAddress };
        Client = new SigningClient(Http, clock);
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public ManualTimeProvider Clock { get; }

    /// <summary>A plain client for the developer endpoints and hand-made requests.</summary>
    public HttpClient Http { get; }

    /// <summary>A signing client with the default credentials (testid / testsecret).</summary>
    public SigningClient Client { get; }

    /// <summary>Starts an emulator; <paramref name="settings"/> are configuration keys such as <c>Emulator:QpsLimits:Enabled</c>.</summary>
    public static async Task<RunningEmulator> StartAsync(IReadOnlyDictionary<string, string>? settings = null, DateTimeOffset? start = null)
    {
        var clock = new ManualTimeProvider(start ?? DefaultStart);
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var args = new List<string> { "--urls", url };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            args.Add($"--{key}={value}");
        }

        var app = EmulatorHost.Build([.. args], services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddLogging(logging => logging.ClearProviders());
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new RunningEmulator(app, new Uri(url), clock);
    }

    /// <summary>A signing client with other credentials.</summary>
    public SigningClient ClientFor(string accessKeyId, string secret) => new(Http, Clock, accessKeyId, secret);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
