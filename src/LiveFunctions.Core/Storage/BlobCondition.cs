namespace LiveFunctions.Core.Storage;

/// <summary>
/// The precondition of a blob write (optimistic concurrency, spec §4.8): none, <c>If-Match</c> a known ETag (update only
/// what you read), or <c>If-None-Match: *</c> (create only). A write whose condition fails returns
/// <see cref="BlobWriteResult.ConditionFailed"/>; it is not an exception.
/// </summary>
public sealed record BlobCondition
{
    private BlobCondition(string? ifMatch, string? ifNoneMatch)
    {
        IfMatchETag = ifMatch;
        IfNoneMatchETag = ifNoneMatch;
    }

    /// <summary>Write unconditionally.</summary>
    public static BlobCondition None { get; } = new(null, null);

    /// <summary>Write only when the blob does not exist yet (<c>If-None-Match: *</c>).</summary>
    public static BlobCondition CreateOnly { get; } = new(null, "*");

    /// <summary>The ETag sent as <c>If-Match</c>, if any.</summary>
    public string? IfMatchETag { get; }

    /// <summary>The ETag sent as <c>If-None-Match</c>, if any (<c>*</c> for create-only).</summary>
    public string? IfNoneMatchETag { get; }

    /// <summary>Write only when the blob's current ETag is <paramref name="etag"/> (as returned by a read or a write).</summary>
    public static BlobCondition IfMatch(string etag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(etag);
        return new BlobCondition(etag, null);
    }

    /// <summary>Write only when the blob's ETag is not <paramref name="etag"/>; <c>"*"</c> (the usual use) means: only if it does not exist.</summary>
    public static BlobCondition IfNoneMatch(string etag = "*")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(etag);
        return etag == "*" ? CreateOnly : new BlobCondition(null, etag);
    }
}
