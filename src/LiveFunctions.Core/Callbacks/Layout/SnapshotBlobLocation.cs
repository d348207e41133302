namespace LiveFunctions.Core.Callbacks.Layout;

/// <summary>A blob: its container and its name inside the container.</summary>
/// <param name="Container">The container name (lower-case, as Azure Storage requires).</param>
/// <param name="BlobName">The blob name; <c>/</c> separates virtual folders.</param>
public sealed record SnapshotBlobLocation(string Container, string BlobName);
