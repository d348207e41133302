using LiveFunctions.App.Hosting.Invocation;

namespace LiveFunctions.App.Hosting.Queues;

/// <summary>
/// The standalone seam for queue outputs: under the Functions host the host writes a function's queue outputs; standalone
/// the trigger source hands them here after a successful invocation. Each message is JSON object text; the writer
/// enqueues it to <c>outputs.Binding.QueueName</c> (base64 of its UTF-8, as the queue trigger expects).
/// </summary>
internal interface IQueueOutputWriter
{
    Task WriteAsync(QueueOutputMessages outputs, CancellationToken cancellationToken);
}

/// <summary>
/// The writer used until the storage-backed one is registered: it refuses, so outputs are never silently dropped.
/// </summary>
internal sealed class UnconfiguredQueueOutputWriter : IQueueOutputWriter
{
    public Task WriteAsync(QueueOutputMessages outputs, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(
            $"No queue output writer is registered: {outputs.Messages.Count} message(s) for queue '{outputs.Binding.QueueName}' cannot be written standalone.");
}

/// <summary>Writes every queue output of an invocation through the writer.</summary>
internal static class QueueOutputs
{
    public static async Task WriteAllAsync(IQueueOutputWriter writer, InvocationResponse response, CancellationToken cancellationToken)
    {
        foreach (var outputs in response.QueueOutputs)
        {
            await writer.WriteAsync(outputs, cancellationToken);
        }
    }
}
