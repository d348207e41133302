using LiveFunctions.Core.Storage.Connection;
using LiveFunctions.Core.Storage.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Storage;

/// <summary>Registers the storage client.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StorageQueues"/> and <see cref="StorageBlobs"/> (singletons over one Azure.Core pipeline) for
    /// the connection the Functions host uses, <c>AzureWebJobsStorage</c>, read from <see cref="IConfiguration"/>: a
    /// connection string, or the identity settings <c>AzureWebJobsStorage__blobServiceUri</c>,
    /// <c>__queueServiceUri</c>, <c>__accountName</c>, <c>__credential</c>, <c>__clientId</c>. The settings are validated
    /// when the host starts; an unusable configuration fails with a message naming the setting. Uses the registered
    /// <see cref="TimeProvider"/> (the system clock if none).
    /// </summary>
    public static IServiceCollection AddAzureStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        const string name = StorageOptions.DefaultConnectionName;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(name)
            .PostConfigure<IConfiguration>((options, configuration) => options.ConnectionString = configuration[name])
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(provider =>
            StorageConnectionParser.Parse(provider.GetRequiredService<IOptions<StorageOptions>>().Value, name));
        services.TryAddSingleton(provider => StorageClientFactory.CreateHttp(
            provider.GetRequiredService<StorageConnection>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        services.TryAddSingleton(provider => StorageClientFactory.CreateQueues(
            provider.GetRequiredService<StorageConnection>(), provider.GetRequiredService<StorageHttp>()));
        services.TryAddSingleton(provider => StorageClientFactory.CreateBlobs(
            provider.GetRequiredService<StorageConnection>(), provider.GetRequiredService<StorageHttp>()));
        return services;
    }

    private sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
            StorageConnectionParser.TryParse(options, StorageOptions.DefaultConnectionName, out _, out var error)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(error);
    }
}
