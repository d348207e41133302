namespace LiveFunctions.Core.Storage;

/// <summary>A blob as read by <see cref="StorageBlobs.GetAsync"/>.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="ETag">The ETag as the service sent it (quoted); pass it to <see cref="BlobCondition.IfMatch"/> to update what you read.</param>
/// <param name="LastModified">When the blob was last written.</param>
/// <param name="ContentType">The stored Content-Type, if any.</param>
/// <param name="ServerDate">The storage service's clock (the response's <c>Date</c> header, one-second resolution).</param>
public sealed record BlobContent(
    ReadOnlyMemory<byte> Content, string ETag, DateTimeOffset LastModified, string? ContentType, DateTimeOffset ServerDate);
