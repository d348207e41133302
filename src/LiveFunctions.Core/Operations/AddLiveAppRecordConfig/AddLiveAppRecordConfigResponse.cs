namespace LiveFunctions.Core.Operations.AddLiveAppRecordConfig;

/// <summary>The answer of <c>AddLiveAppRecordConfig</c>.</summary>
/// <param name="RequestId">The service's request ID.</param>
public sealed record AddLiveAppRecordConfigResponse(string RequestId);
