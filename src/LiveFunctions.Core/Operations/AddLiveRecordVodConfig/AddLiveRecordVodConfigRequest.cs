namespace LiveFunctions.Core.Operations.AddLiveRecordVodConfig;

/// <summary>
/// The request of <c>AddLiveRecordVodConfig</c>: records a domain's streams into ApsaraVideo VOD. Property names are the
/// document's parameter names, so the record is also the JSON body of <c>PUT /api/domains/{DomainName}/apps/{AppName}/vod-record-config</c>.
/// </summary>
public sealed record AddLiveRecordVodConfigRequest
{
    /// <summary>The region ID, e.g. <c>cn-shanghai</c>.</summary>
    public string? RegionId { get; init; }

    /// <summary>The streaming domain (required); VOD must be active in the region of its live center.</summary>
    public string? DomainName { get; init; }

    /// <summary>The AppName of the live stream (required).</summary>
    public string? AppName { get; init; }

    /// <summary>The stream name.</summary>
    public string? StreamName { get; init; }

    /// <summary>The ID of the VOD transcoding template group (required).</summary>
    public string? VodTranscodeGroupId { get; init; }

    /// <summary>The recording duration of each file in seconds, 300 to 21600 (default 3600).</summary>
    public int? CycleDuration { get; init; }

    /// <summary><c>ON</c> to merge the cycle files into one video after the stream ends (needs <see cref="ComposeVodTranscodeGroupId"/>), or <c>OFF</c>.</summary>
    public string? AutoCompose { get; init; }

    /// <summary>The storage address, e.g. <c>****-tjptr2vatm.oss-cn-shanghai.aliyuncs.com</c>.</summary>
    public string? StorageLocation { get; init; }

    /// <summary>The VOD transcoding template group of the composed video; given exactly when <see cref="AutoCompose"/> is <c>ON</c>.</summary>
    public string? ComposeVodTranscodeGroupId { get; init; }

    /// <summary>On-demand recording: 0 (default) disabled, 1 (not supported by recording to VOD; generally not used).</summary>
    public int? OnDemand { get; init; }
}
