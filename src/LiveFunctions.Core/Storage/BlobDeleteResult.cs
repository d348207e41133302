namespace LiveFunctions.Core.Storage;

/// <summary>What <see cref="StorageBlobs.DeleteAsync"/> found.</summary>
public enum BlobDeleteOutcome
{
    /// <summary>The blob was deleted.</summary>
    Deleted,

    /// <summary>There was no such blob (or container).</summary>
    NotFound,

    /// <summary>The blob exists but its ETag is not the <c>ifMatch</c> given; nothing was deleted.</summary>
    ConditionFailed,
}

/// <summary>The outcome of <see cref="StorageBlobs.DeleteAsync"/>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="ServerDate">The storage service's clock (the response's <c>Date</c> header).</param>
public sealed record BlobDeleteResult(BlobDeleteOutcome Outcome, DateTimeOffset ServerDate);
