using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.Core.Storage;

namespace LiveFunctions.App.Hosting.Queues;

/// <summary>
/// The standalone queue output binding: each message (JSON object text) is sent to the binding's queue in
/// <c>AzureWebJobsStorage</c> with <see cref="StorageQueues.SendAsync"/>, which writes base64 of the UTF-8 text — the
/// encoding the Functions queue trigger expects (host.json <c>messageEncoding: base64</c>). Missing queues are created.
/// A listener of this process on that queue is woken up. Under the Functions host the host writes the outputs.
/// </summary>
internal sealed class StorageQueueOutputWriter(StorageQueues queues, QueueCreation creation, QueueWakeups wakeups) : IQueueOutputWriter
{
    public async Task WriteAsync(QueueOutputMessages outputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var queue = outputs.Binding.QueueName;
        await creation.EnsureAsync(queue, cancellationToken);
        foreach (var message in outputs.Messages)
        {
            try
            {
                await queues.SendAsync(queue, message, cancellationToken: cancellationToken);
            }
            catch (StorageRequestException exception) when (QueueCreation.IsQueueNotFound(exception))
            {
                // Deleted since this process created it: create it again and send once more.
                creation.Forget(queue);
                await creation.EnsureAsync(queue, cancellationToken);
                await queues.SendAsync(queue, message, cancellationToken: cancellationToken);
            }
        }

        if (outputs.Messages.Count > 0)
        {
            wakeups.Notify(queue);
        }
    }
}
