namespace LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;

/// <summary>
/// CreateLiveStreamRecordIndexFiles (ApsaraVideo Live): creates an M3U8 manifest in OSS from the recorded TS segments
/// of one stream in a time range. Property names are the document's parameter names; the record is also the JSON body
/// of <c>POST /api/domains/{DomainName}/apps/{AppName}/streams/{StreamName}/record-index-files</c>.
/// </summary>
public sealed record CreateLiveStreamRecordIndexFilesRequest
{
    /// <summary>The main streaming domain (required).</summary>
    public string? DomainName { get; init; }

    /// <summary>The AppName of the live stream (required).</summary>
    public string? AppName { get; init; }

    /// <summary>The stream name (required).</summary>
    public string? StreamName { get; init; }

    /// <summary>The endpoint (host name) of the OSS bucket, e.g. <c>oss-cn-shanghai.aliyuncs.com</c> (required).</summary>
    public string? OssEndpoint { get; init; }

    /// <summary>The name of the OSS bucket (required).</summary>
    public string? OssBucket { get; init; }

    /// <summary>The path and file name of the manifest in OSS, e.g. <c>{AppName}/{StreamName}/{Date}/{Hour}/{Minute}_{Second}.m3u8</c> (required).</summary>
    public string? OssObject { get; init; }

    /// <summary>Start of the range, <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC): TS segments uploaded after it are included (required).</summary>
    public string? StartTime { get; init; }

    /// <summary>End of the range, <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC): TS segments uploaded before it are included (required).</summary>
    public string? EndTime { get; init; }

    /// <summary>When true, one extra TS segment is included so that the manifest fully covers StartTime to EndTime (optional).</summary>
    public bool? EndTimeIncluded { get; init; }
}
