using System.Collections.Concurrent;

namespace LiveFunctions.App.Hosting.Queues;

/// <summary>
/// Lets the standalone output writer wake the local listener of a queue it just wrote to, so an idle poller that has
/// backed off (up to maxPollingInterval) picks the message up at once, as the host's shared queue watcher does.
/// A poller takes <see cref="Next"/> before it polls and, when the queue was empty, waits for it or its back-off.
/// </summary>
internal sealed class QueueWakeups
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new(StringComparer.Ordinal);

    /// <summary>A task that completes at the next <see cref="Notify"/> of <paramref name="queue"/>.</summary>
    public Task Next(string queue) =>
        _signals.GetOrAdd(queue, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Wakes whoever waits on <paramref name="queue"/>.</summary>
    public void Notify(string queue)
    {
        if (_signals.TryRemove(queue, out var signal))
        {
            signal.TrySetResult();
        }
    }
}
