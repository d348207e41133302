namespace LiveFunctions.Core.Operations.AddLiveRecordVodConfig;

/// <summary>The answer of <c>AddLiveRecordVodConfig</c>.</summary>
/// <param name="RequestId">The service's request ID.</param>
public sealed record AddLiveRecordVodConfigResponse(string RequestId);
