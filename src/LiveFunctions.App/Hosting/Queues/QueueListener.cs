using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Hosting.Queues;

/// <summary>
/// The standalone queue trigger source: one <see cref="QueuePoller"/> per queue function of the catalog, on the
/// queues of <c>AzureWebJobsStorage</c> (Azurite locally), with host.json's queue settings. Registered only when the
/// app runs standalone; under the Functions host the host's queue trigger does this. Stopping ends the polling and
/// lets the invocations in flight finish; when the host's shutdown timeout runs out they are cancelled, and their
/// messages are made visible again.
/// </summary>
internal sealed class QueueListener(
    FunctionCatalog catalog, StorageQueues queues, QueueCreation creation, QueueMessageProcessor processor, QueueWakeups wakeups,
    IOptions<HostJsonOptions> hostJson, QueueListenerTimings timings, TimeProvider time, ILogger<QueueListener> logger)
    : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();
    private IReadOnlyList<QueuePoller> _pollers = [];

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var options = hostJson.Value.Extensions.Queues;
        var functions = catalog.QueueFunctions.ToArray();
        if (functions.Length > 0 && !string.Equals(options.MessageEncoding, "base64", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"host.json extensions.queues.messageEncoding is '{options.MessageEncoding}'; the standalone queue listener reads and writes base64 only (the Functions default).");
        }

        _pollers = functions
            .Select(f => new QueuePoller(f, queues, creation, processor, wakeups, options, timings, time, logger))
            .ToArray();
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Returns when the pollers and their invocations are done, or when the stop token ends (the host's shutdown
        // timeout ran out): then cancel what still runs, so those messages are made visible again.
        await base.StopAsync(cancellationToken);
        if (cancellationToken.IsCancellationRequested)
        {
            await _abort.CancelAsync();
        }
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_pollers.Select(p => Task.Run(() => p.RunAsync(stoppingToken, _abort.Token), CancellationToken.None)));
}
