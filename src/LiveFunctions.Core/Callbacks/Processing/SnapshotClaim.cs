namespace LiveFunctions.Core.Callbacks.Processing;

/// <summary>What trying to claim a snapshot found.</summary>
internal enum SnapshotClaimOutcome
{
    /// <summary>This attempt holds the claim (created the marker, or took over one whose lease had run out).</summary>
    Claimed,

    /// <summary>The snapshot was processed already: drop this copy.</summary>
    AlreadyComplete,

    /// <summary>Another attempt holds a live lease: leave this copy to the queue's retry.</summary>
    Busy,
}

/// <summary>The result of <see cref="SnapshotClaims.ClaimAsync"/>.</summary>
/// <param name="Outcome">What was found.</param>
/// <param name="DedupeKey">The snapshot's key.</param>
/// <param name="Marker">The marker as this attempt wrote it (claimed) or found it (otherwise).</param>
/// <param name="ETag">The marker's ETag after this attempt's write; only when claimed.</param>
/// <param name="TookOver">True when the claim took over the marker of an earlier attempt that did not finish.</param>
internal sealed record SnapshotClaim(SnapshotClaimOutcome Outcome, string DedupeKey, SnapshotDedupeMarker Marker, string? ETag, bool TookOver);
