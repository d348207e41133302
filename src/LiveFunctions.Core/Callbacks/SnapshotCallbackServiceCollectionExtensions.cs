using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Delivery;
using LiveFunctions.Core.Callbacks.Intake;
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
    /// <see cref="SubscriberDelivery"/> with its named HttpClient, and <see cref="TimeProvider.System"/> unless a
    /// TimeProvider is already registered.
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
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        return services;
    }
}
