using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Hosting.Queues;

/// <summary>
/// The part of the standalone queue listener that is not polling: it turns a received message into the host's
/// envelope, dispatches it on the one path (with host.json's functionTimeout), and writes the queue outputs. The
/// listener deletes the message when this returns true and otherwise leaves it to its visibility timeout (then
/// <c>{queue}-poison</c> after maxDequeueCount), exactly as the host's queue trigger does.
/// </summary>
internal sealed class QueueMessageDispatcher(
    FunctionDispatcher dispatcher, IQueueOutputWriter outputWriter, IOptions<HostJsonOptions> hostJson, TimeProvider time,
    ILogger<QueueMessageDispatcher> logger)
{
    /// <summary>Runs <paramref name="function"/> for one message; true when it succeeded and its outputs were written.</summary>
    public async Task<bool> DispatchAsync(QueueFunction function, ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(message);
        using var timeout = FunctionTimeout.Create(hostJson.Value, time, cancellationToken);
        var invocationId = Guid.NewGuid().ToString();
        var envelope = QueueTriggerEnvelope.Build(function, message, time.GetUtcNow());
        var response = await dispatcher.DispatchAsync(function, envelope, invocationId, timeout.Token);
        if (!response.Succeeded)
        {
            return false;
        }

        try
        {
            await QueueOutputs.WriteAllAsync(outputWriter, response, timeout.Token);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            HostingLog.OutputWriteFailed(logger, exception, function.Name, invocationId);
            return false;
        }
    }
}
