using System.Collections.Concurrent;
using LiveFunctions.Core.Storage;

namespace LiveFunctions.App.Hosting.Queues;

/// <summary>
/// Creates the queues the standalone trigger sources use when they are missing (trigger queues, their
/// <c>-poison</c> queues, output queues), once per process: the Functions host creates them too. A failed creation
/// is tried again on the next use; <see cref="Forget"/> makes a queue that vanished be created again.
/// </summary>
internal sealed class QueueCreation(StorageQueues queues)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _created = new(StringComparer.Ordinal);

    /// <summary>Creates <paramref name="queue"/> unless this process already did (or found it).</summary>
    public async Task EnsureAsync(string queue, CancellationToken cancellationToken)
    {
        var creation = _created.GetOrAdd(queue, name => new Lazy<Task>(() => queues.CreateIfNotExistsAsync(name, CancellationToken.None)));
        try
        {
            await creation.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (creation.Value.IsFaulted)
        {
            _created.TryRemove(new KeyValuePair<string, Lazy<Task>>(queue, creation));
            throw;
        }
    }

    /// <summary>Forgets that <paramref name="queue"/> exists (it answered QueueNotFound).</summary>
    public void Forget(string queue) => _created.TryRemove(queue, out _);

    /// <summary>True for the storage error of a queue that does not exist.</summary>
    public static bool IsQueueNotFound(Exception exception) =>
        exception is StorageRequestException { ErrorCode: "QueueNotFound" };
}
