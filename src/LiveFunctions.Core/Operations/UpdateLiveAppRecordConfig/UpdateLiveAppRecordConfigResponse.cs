namespace LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;

/// <summary>The answer of <c>UpdateLiveAppRecordConfig</c>.</summary>
/// <param name="RequestId">The service's request ID.</param>
public sealed record UpdateLiveAppRecordConfigResponse(string RequestId);
