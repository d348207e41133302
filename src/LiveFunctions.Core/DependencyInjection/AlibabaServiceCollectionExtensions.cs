using LiveFunctions.Core.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.DependencyInjection;

/// <summary>Registers the OpenAPI client of ApsaraVideo Live and ICE.</summary>
public static class AlibabaServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="AlibabaClient"/> as a typed HttpClient, its <see cref="AlibabaOptions"/> bound from the section
    /// <c>Alibaba</c> and validated on start, and <see cref="TimeProvider.System"/> unless a TimeProvider is registered.
    /// Returns the HttpClient builder so that handlers (the rate limiter) can be chained with
    /// <c>.AddHttpMessageHandler&lt;T&gt;()</c>; every attempt of every call passes through them.
    /// </summary>
    public static IHttpClientBuilder AddAlibabaOpenApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AlibabaOptions>().BindConfiguration(AlibabaOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlibabaOptions>, AlibabaOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // The client bounds each attempt itself (Alibaba:AttemptTimeout) through the TimeProvider; HttpClient's own
        // 100-second default would cut a retried call short.
        return services.AddHttpClient<AlibabaClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
    }
}
