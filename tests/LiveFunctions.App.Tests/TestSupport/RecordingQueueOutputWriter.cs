using System.Collections.Concurrent;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Queues;

namespace LiveFunctions.App.Tests.TestSupport;

/// <summary>Keeps the queue outputs handed to the standalone writer; can be told to fail.</summary>
internal sealed class RecordingQueueOutputWriter : IQueueOutputWriter
{
    public ConcurrentQueue<(string Queue, string Message)> Written { get; } = new();

    public bool Fail { get; set; }

    public Task WriteAsync(QueueOutputMessages outputs, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new IOException("storage unavailable");
        }

        foreach (var message in outputs.Messages)
        {
            Written.Enqueue((outputs.Binding.QueueName, message));
        }

        return Task.CompletedTask;
    }
}
