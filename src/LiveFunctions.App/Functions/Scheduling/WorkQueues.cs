using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.Core.Storage;

namespace LiveFunctions.App.Functions.Scheduling;

/// <summary>
/// The work queues of the scheduling functions, and the two writes the functions make to them themselves: the on-demand
/// backfill (a proxied HTTP function has no output bindings) and the executors' poisoning of a message that can never
/// succeed (it goes to <c>{queue}-poison</c> at once instead of being retried maxDequeueCount times). Messages are sent
/// as the queue trigger reads them (<see cref="StorageQueues.SendAsync"/> writes base64, host.json
/// <c>messageEncoding</c>); missing queues are created.
/// </summary>
internal sealed class WorkQueues(StorageQueues queues, IServiceProvider services)
{
    /// <summary>The hourly index work items.</summary>
    public const string IndexWork = "index-work";

    /// <summary>The rotation work items.</summary>
    public const string TranscodeWork = "transcode-work";

    /// <summary>The poison queue of <paramref name="queue"/>, as the queue trigger names it.</summary>
    public static string PoisonOf(string queue) => queue + "-poison";

    /// <summary>Sends the messages (JSON text) to <paramref name="queue"/> and wakes up this process's listener of it.</summary>
    public async Task SendAsync(string queue, IReadOnlyList<string> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return;
        }

        await queues.CreateIfNotExistsAsync(queue, cancellationToken);
        foreach (var message in messages)
        {
            await queues.SendAsync(queue, message, cancellationToken: cancellationToken);
        }

        // Standalone, the listener sleeps up to maxPollingInterval; under the host there is no listener here.
        services.GetService<QueueWakeups>()?.Notify(queue);
    }

    /// <summary>Moves a message that can never succeed to <c>{queue}-poison</c>; the caller then completes the invocation so the original is deleted.</summary>
    public Task PoisonAsync(string queue, string message, CancellationToken cancellationToken) =>
        SendAsync(PoisonOf(queue), [message], cancellationToken);
}
