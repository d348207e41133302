namespace LiveFunctions.Core.Operations.UpdateLiveAppSnapshotConfig;

/// <summary>The answer of <c>UpdateLiveAppSnapshotConfig</c>.</summary>
/// <param name="RequestId">The service's request ID.</param>
public sealed record UpdateLiveAppSnapshotConfigResponse(string RequestId);
