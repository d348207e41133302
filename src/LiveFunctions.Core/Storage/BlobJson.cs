namespace LiveFunctions.Core.Storage;

/// <summary>A JSON document read from a blob, with the version to write it back with.</summary>
/// <typeparam name="T">The document type.</typeparam>
/// <param name="Value">The deserialised document.</param>
/// <param name="ETag">Pass to <see cref="BlobCondition.IfMatch"/> to update exactly this version.</param>
/// <param name="LastModified">When it was last written.</param>
/// <param name="ServerDate">The storage service's clock (the response's <c>Date</c> header).</param>
public sealed record BlobJson<T>(T Value, string ETag, DateTimeOffset LastModified, DateTimeOffset ServerDate);
