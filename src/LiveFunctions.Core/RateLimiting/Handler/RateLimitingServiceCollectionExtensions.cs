using LiveFunctions.Core.RateLimiting.Limits;
using LiveFunctions.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.RateLimiting.Handler;

/// <summary>Registers the durable rate limiter.</summary>
public static class RateLimitingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RateLimiter"/> (a singleton, settings <c>RateLimits:*</c> validated on start, storage
    /// <c>AzureWebJobsStorage</c> through <see cref="StorageServiceCollectionExtensions.AddAzureStorage"/>).
    /// </summary>
    public static IServiceCollection AddRateLimiter(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAzureStorage();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>());
        services.TryAddSingleton<RateLimiter>();
        services.TryAddTransient<RateLimitHandler>();
        return services;
    }

    /// <summary>
    /// Puts <see cref="RateLimitHandler"/> into this HttpClient's pipeline (chain it on <c>AddAlibabaOpenApi()</c>), and
    /// registers the limiter (<see cref="AddRateLimiter"/>).
    /// </summary>
    public static IHttpClientBuilder AddRateLimiting(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRateLimiter();
        return builder.AddHttpMessageHandler<RateLimitHandler>();
    }
}
