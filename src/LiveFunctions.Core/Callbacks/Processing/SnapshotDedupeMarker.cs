namespace LiveFunctions.Core.Callbacks.Processing;

/// <summary>Where the processing of one snapshot stands.</summary>
public enum SnapshotMarkerState
{
    /// <summary>An attempt claimed the snapshot and has not finished; its lease says until when it may work undisturbed.</summary>
    Processing,

    /// <summary>Recorded and delivered to every subscriber: later copies of the callback are dropped.</summary>
    Complete,
}

/// <summary>
/// The JSON document of <c>snapshot-dedupe/{key}</c>: created with <c>If-None-Match: *</c> by the first attempt, taken
/// over with <c>If-Match</c> by a later attempt once its lease has run out (the earlier attempt crashed or gave up), and
/// marked <see cref="SnapshotMarkerState.Complete"/> at the end.
/// </summary>
internal sealed record SnapshotDedupeMarker
{
    /// <summary>Processing or complete.</summary>
    public required SnapshotMarkerState State { get; init; }

    /// <summary>The id of the attempt that holds (or last held) the claim: the processing invocation's id.</summary>
    public required string Owner { get; init; }

    /// <summary>How many attempts have claimed the snapshot so far, the current one included.</summary>
    public required int Attempts { get; init; }

    /// <summary>When the current owner claimed it.</summary>
    public required DateTimeOffset ClaimedAt { get; init; }

    /// <summary>
    /// Until when the owner may work without another attempt taking over (exclusive). A failed attempt sets it to the
    /// time it gave up, so the queue's retry can take over at once.
    /// </summary>
    public required DateTimeOffset LeaseUntil { get; init; }

    /// <summary>When the snapshot was completed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Why the last attempt gave up (subscriber names and failures; never a URL or a secret).</summary>
    public string? LastFailure { get; init; }
}
