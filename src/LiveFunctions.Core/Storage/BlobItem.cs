namespace LiveFunctions.Core.Storage;

/// <summary>One blob of a listing (<see cref="StorageBlobs.ListAsync(string, string, CancellationToken)"/>).</summary>
/// <param name="Name">The full blob name (with any <c>/</c>).</param>
/// <param name="ETag">Its ETag, quoted as <see cref="StorageBlobs.GetAsync"/> returns it.</param>
/// <param name="LastModified">When it was last written.</param>
/// <param name="ContentLength">Its size in bytes.</param>
public sealed record BlobItem(string Name, string ETag, DateTimeOffset LastModified, long ContentLength);
