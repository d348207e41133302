namespace LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;

/// <summary>
/// The request of <c>UpdateLiveAppRecordConfig</c>: updates an OSS recording configuration. Property names are the
/// document's parameter names, so the record is also the JSON body of <c>PUT /api/domains/{DomainName}/apps/{AppName}/record-config</c>.
/// Values are kept as given (times as strings) so that the validator reports the document's code for each mistake.
/// </summary>
public sealed record UpdateLiveAppRecordConfigRequest
{
    /// <summary>The main streaming domain (required).</summary>
    public string? DomainName { get; init; }

    /// <summary>The AppName of the live stream (required).</summary>
    public string? AppName { get; init; }

    /// <summary>The OSS endpoint host, e.g. <c>oss-cn-shanghai.aliyuncs.com</c> (required).</summary>
    public string? OssEndpoint { get; init; }

    /// <summary>The stream name; set it for a stream-level recording configuration.</summary>
    public string? StreamName { get; init; }

    /// <summary>Recording start, UTC <c>yyyy-MM-ddTHH:mm:ssZ</c>; stream-level only.</summary>
    public string? StartTime { get; init; }

    /// <summary>Recording end, UTC <c>yyyy-MM-ddTHH:mm:ssZ</c>; stream-level only, at most 7 days after <see cref="StartTime"/>.</summary>
    public string? EndTime { get; init; }

    /// <summary>Recording mode: 0 off, 1 on demand via HTTP callback, 2 on demand by ingest URL parameters, 7 manual.</summary>
    public int? OnDemand { get; init; }

    /// <summary>The merge window in seconds after an interruption, 15 to 21600.</summary>
    public int? DelayTime { get; init; }

    /// <summary>The recording formats of the source stream.</summary>
    public IReadOnlyList<RecordFormatItem>? RecordFormat { get; init; }

    /// <summary>The recording formats of the transcoded streams (needs <see cref="TranscodeTemplates"/>).</summary>
    public IReadOnlyList<RecordFormatItem>? TranscodeRecordFormat { get; init; }

    /// <summary>The transcoding templates to record (at most 10; never <c>raw</c>; <c>*****</c> records all).</summary>
    public IReadOnlyList<string>? TranscodeTemplates { get; init; }
}

/// <summary>One <c>RecordFormat.N</c> / <c>TranscodeRecordFormat.N</c> entry of <see cref="UpdateLiveAppRecordConfigRequest"/>.</summary>
public sealed record RecordFormatItem
{
    /// <summary>The format: <c>m3u8</c>, <c>flv</c>, <c>mp4</c> or <c>cmaf</c>.</summary>
    public string? Format { get; init; }

    /// <summary>The recording cycle in seconds (default 6 hours).</summary>
    public int? CycleDuration { get; init; }

    /// <summary>The segment duration in seconds for m3u8/cmaf, 5 to 30 (default 30).</summary>
    public int? SliceDuration { get; init; }
}
