namespace LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;

/// <summary>The answer of CreateLiveStreamRecordIndexFiles.</summary>
public sealed record CreateLiveStreamRecordIndexFilesResponse
{
    /// <summary>The ID of the request.</summary>
    public string? RequestId { get; init; }

    /// <summary>The manifest that was created; null only if the service left it out.</summary>
    public RecordInfo? RecordInfo { get; init; }
}

/// <summary>One M3U8 manifest (index file). Times are the service's strings, <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC).</summary>
public sealed record RecordInfo
{
    /// <summary>The ID of the manifest.</summary>
    public string? RecordId { get; init; }

    /// <summary>The URL of the manifest.</summary>
    public string? RecordUrl { get; init; }

    /// <summary>The main streaming domain.</summary>
    public string? DomainName { get; init; }

    /// <summary>The AppName of the live stream.</summary>
    public string? AppName { get; init; }

    /// <summary>The stream name.</summary>
    public string? StreamName { get; init; }

    /// <summary>The name of the OSS bucket.</summary>
    public string? OssBucket { get; init; }

    /// <summary>The endpoint of the OSS bucket.</summary>
    public string? OssEndpoint { get; init; }

    /// <summary>The path and file name of the manifest in OSS.</summary>
    public string? OssObject { get; init; }

    /// <summary>The start time.</summary>
    public string? StartTime { get; init; }

    /// <summary>The end time.</summary>
    public string? EndTime { get; init; }

    /// <summary>The recording duration in seconds.</summary>
    public double Duration { get; init; }

    /// <summary>The video height.</summary>
    public int Height { get; init; }

    /// <summary>The video width.</summary>
    public int Width { get; init; }

    /// <summary>The creation time.</summary>
    public string? CreateTime { get; init; }
}
