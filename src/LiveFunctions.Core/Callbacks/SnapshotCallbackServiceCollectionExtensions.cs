using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Delivery;
using LiveFunctions.Core.Callbacks.Intake;
using LiveFunctions.Core.Callbacks.Processing;
using LiveFunctions.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Callbacks;

/// <summary>Registration of the snapshot callback services.</summary>
public static class SnapshotCallbackServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="SnapshotCallbackOptions"/> (section <c>SnapshotCallbacks</c>, checked at
    /// start), and registers <see cref="SnapshotCallbackAuthenticator"/>, <see cref="SnapshotCallbackIntake"/>,
    /// <see cref="SubscriberDelivery"/> with its named HttpClient (no redirects, no factory request logs), and
    /// <see cref="TimeProvider.System"/> unless a TimeProvider is already registered.
    /// </summary>
    public static IServiceCollection AddSnapshotCallbacks(this IServiceCollection services)
    {
        services.AddOptions<SnapshotCallbackOptions>().BindConfiguration(SnapshotCallbackOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SnapshotCallbackOptions>, SnapshotCallbackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SnapshotCallbackAuthenticator>();
        services.TryAddSingleton<SnapshotCallbackIntake>();
        services.TryAddSingleton<SubscriberDelivery>();
        services.AddHttpClient(SubscriberDelivery.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // A redirect would re-send the signed body somewhere else; a subscriber must give its final URL.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The factory's request logs would show subscriber URLs, which often carry tokens; deliveries log the name.
            .RemoveAllLoggers();
        return services;
    }

    /// <summary>
    /// <see cref="AddSnapshotCallbacks"/> plus the storage-backed parts: the Azure Storage client
    /// (<see cref="StorageServiceCollectionExtensions.AddAzureStorage"/>, connection <c>AzureWebJobsStorage</c>),
    /// <see cref="SnapshotProcessor"/>, <see cref="SnapshotReader"/> and <see cref="SnapshotPoisonReplay"/>.
    /// </summary>
    public static IServiceCollection AddSnapshotCallbackProcessing(this IServiceCollection services)
    {
        services.AddSnapshotCallbacks();
        services.AddAzureStorage();
        services.TryAddSingleton<SnapshotContainers>();
        services.TryAddSingleton<SnapshotClaims>();
        services.TryAddSingleton<SnapshotRecorder>();
        services.TryAddSingleton<SnapshotFanOut>();
        services.TryAddSingleton(provider => new SnapshotProcessor(
            provider.GetRequiredService<SnapshotContainers>(),
            provider.GetRequiredService<SnapshotClaims>(),
            provider.GetRequiredService<SnapshotRecorder>(),
            provider.GetRequiredService<SnapshotFanOut>(),
            provider.GetRequiredService<IOptions<SnapshotCallbackOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SnapshotProcessor>>()));
        services.TryAddSingleton<SnapshotReader>();
        services.TryAddSingleton<SnapshotPoisonReplay>();
        return services;
    }
}
