using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.App.Hosting.Timers;
using LiveFunctions.Core.Storage;

namespace LiveFunctions.App.Hosting.Configuration;

/// <summary>
/// The storage-backed parts of the standalone trigger sources, registered only when the app runs standalone: the
/// Azure Storage client for <c>AzureWebJobsStorage</c> (the embedded default is Azurite), timer statuses in blobs
/// (<see cref="StorageTimerStatusStore"/>), queue outputs sent to storage queues (<see cref="StorageQueueOutputWriter"/>)
/// and the queue listener. Under the Functions host the host does all of this.
/// </summary>
internal static class StandaloneServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddAzureStorage();
        services.AddOptions<StandaloneOptions>()
            .BindConfiguration(StandaloneOptions.Section)
            .Validate(o => StandaloneOptions.IsValidHostId(o.HostId), "Standalone:HostId must be 1-32 lower-case letters, digits and single inner hyphens.")
            .ValidateOnStart();
        services.AddSingleton<ITimerStatusStore, StorageTimerStatusStore>();
        services.AddSingleton<QueueCreation>();
        services.AddSingleton<QueueWakeups>();
        services.AddSingleton<IQueueOutputWriter, StorageQueueOutputWriter>();
        services.AddSingleton(QueueListenerTimings.Default);
        services.AddSingleton<QueueMessageProcessor>();
        services.AddSingleton<QueueListener>();
        services.AddHostedService(provider => provider.GetRequiredService<QueueListener>());
    }
}
