namespace LiveFunctions.Core.Storage;

/// <summary>
/// The outcome of <see cref="StorageBlobs.PutAsync"/>: written (with the new ETag), or not written because its
/// <see cref="BlobCondition"/> failed (412 ConditionNotMet, or 409 BlobAlreadyExists for create-only).
/// </summary>
/// <param name="Succeeded">True when the blob was written.</param>
/// <param name="ConditionFailed">True when the condition did not hold and nothing was written.</param>
/// <param name="ETag">The new ETag, when written.</param>
/// <param name="LastModified">The new Last-Modified, when written.</param>
/// <param name="ServerDate">The storage service's clock (the response's <c>Date</c> header), in both cases.</param>
public sealed record BlobWriteResult(
    bool Succeeded, bool ConditionFailed, string? ETag, DateTimeOffset? LastModified, DateTimeOffset ServerDate);
