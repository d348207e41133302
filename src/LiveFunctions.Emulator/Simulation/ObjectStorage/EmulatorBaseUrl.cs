using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Simulation.ObjectStorage;

/// <summary>
/// The emulator's own base URL for the URLs it hands out (RecordUrl, absolute TS URIs): the configured
/// <c>PublicBaseUrl</c>, else the current request's scheme and Host, else the server's first listening address.
/// </summary>
internal sealed class EmulatorBaseUrl(IOptions<SimulationOptions> options, IHttpContextAccessor accessor, IServiceProvider services)
{
    /// <summary>The base URL, without a trailing slash.</summary>
    public string Get()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return options.Value.PublicBaseUrl.TrimEnd('/');
        }

        if (accessor.HttpContext?.Request is { Host.HasValue: true } request)
        {
            return $"{request.Scheme}://{request.Host}";
        }

        var address = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return EmulatorHost.DefaultUrl;
        }

        // A wildcard listening address is not a host a client can use.
        return address.Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .TrimEnd('/');
    }
}
