using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Queue;

namespace LiveFunctions.Core.Callbacks.Intake;

/// <summary>What the intake answers Live, and what it enqueues.</summary>
/// <param name="StatusCode">200 (enqueue <paramref name="QueueMessage"/>), 401 (authentication failed) or 413 (body too large).</param>
/// <param name="Code">A short code for the answer body: <c>Accepted</c>, a <see cref="CallbackAuthFailure"/> name, or <c>BodyTooLarge</c>.</param>
/// <param name="Reason">A sentence for the answer body and logs (never a key).</param>
/// <param name="Message">The queue message, when accepted.</param>
/// <param name="QueueMessage">The message's JSON text for queue <c>snapshot-callbacks</c>, when accepted.</param>
public sealed record SnapshotIntakeResult(int StatusCode, string Code, string Reason, SnapshotCallbackMessage? Message, string? QueueMessage)
{
    /// <summary>True when the callback is taken and <see cref="QueueMessage"/> must be enqueued.</summary>
    public bool Accepted => QueueMessage is not null;
}
