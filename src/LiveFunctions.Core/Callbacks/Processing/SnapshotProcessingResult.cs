using LiveFunctions.Core.Callbacks.Delivery;

namespace LiveFunctions.Core.Callbacks.Processing;

/// <summary>How processing one queue message ended.</summary>
public enum SnapshotProcessingOutcome
{
    /// <summary>Recorded (history and latest) and delivered to every subscriber; the dedupe marker is complete.</summary>
    Processed,

    /// <summary>The snapshot was processed before (its marker is complete): this copy was dropped.</summary>
    Duplicate,

    /// <summary>The body was not understood: the message was kept in <c>snapshot-unrecognised</c>, nothing was delivered.</summary>
    Unrecognised,

    /// <summary>The text is not a snapshot callback message (not written by the intake): kept in <c>snapshot-unrecognised</c>.</summary>
    InvalidMessage,

    /// <summary>Another attempt holds a live claim on the snapshot: retry this copy later (it is dropped then if that attempt completed).</summary>
    InProgressElsewhere,

    /// <summary>At least one subscriber could not be reached: retry later; the subscribers already served are skipped then.</summary>
    DeliveryFailed,
}

/// <summary>The result of <see cref="SnapshotProcessor.ProcessAsync"/>.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="DedupeKey">The snapshot's key (of the raw text for an <see cref="SnapshotProcessingOutcome.InvalidMessage"/>).</param>
/// <param name="Reason">A sentence for logs and the queue's failure (subscriber names and failures; never a URL or a secret).</param>
/// <param name="Deliveries">The deliveries tried in this run.</param>
public sealed record SnapshotProcessingResult(
    SnapshotProcessingOutcome Outcome, string DedupeKey, string Reason, IReadOnlyList<SubscriberDeliveryResult> Deliveries)
{
    /// <summary>
    /// True when the message is finished with and may be deleted; false when it must stay on the queue for a retry
    /// (the queue function fails the invocation).
    /// </summary>
    public bool Done => Outcome is not (SnapshotProcessingOutcome.InProgressElsewhere or SnapshotProcessingOutcome.DeliveryFailed);
}
