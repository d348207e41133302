using LiveFunctions.App.Hosting.Declarations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LiveFunctions.EndToEnd.Tests.Support;

/// <summary>
/// Runs the app's real entry point (Program.cs, so every function group that is mapped there) in-process on Kestrel.
/// The settings reach Program as command-line arguments, so they are seen where the hosting reads them (standalone mode,
/// listen URL, standalone defaults). The Production environment, as deployed.
/// </summary>
internal sealed class PackAppFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<FunctionCatalog>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
