using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LiveFunctions.EndToEnd.Tests.Support;

/// <summary>One running instance of the app (its real Program, standalone, on a free loopback port).</summary>
public sealed class PackApp : IAsyncDisposable
{
    private readonly PackAppFactory _factory;

    private PackApp(PackAppFactory factory, Uri baseAddress)
    {
        _factory = factory;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41235</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client to the app over real HTTP.</summary>
    public HttpClient Client { get; }

    /// <summary>The app's services (its options, its <c>AlibabaClient</c>, …).</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>Starts the app with these settings (configuration keys as in docs/configuration: <c>Alibaba:LiveEndpoint</c>, …).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="services">Replaces services after Program registered its own (e.g. the TimeProvider), or null.</param>
    public static async Task<PackApp> StartAsync(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var factory = new PackAppFactory(settings, services);
        try
        {
            factory.UseKestrel();

            // StartServer blocks until the app's own RunAsync has started the host; keep it off the test's context.
            await Task.Run(factory.StartServer);
            var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var address = addresses.FirstOrDefault() ?? throw new InvalidOperationException("The app started without a listening address.");
            return new PackApp(factory, new Uri(address.Replace("://localhost:", "://127.0.0.1:", StringComparison.Ordinal)));
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}
