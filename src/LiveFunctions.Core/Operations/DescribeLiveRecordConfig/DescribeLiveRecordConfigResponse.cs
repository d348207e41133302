namespace LiveFunctions.Core.Operations.DescribeLiveRecordConfig;

/// <summary>The answer of <c>DescribeLiveRecordConfig</c>: one page of recording configurations.</summary>
public sealed record DescribeLiveRecordConfigResponse
{
    /// <summary>The service's request ID.</summary>
    public required string RequestId { get; init; }

    /// <summary>The page number.</summary>
    public int? PageNum { get; init; }

    /// <summary>Entries per page.</summary>
    public int? PageSize { get; init; }

    /// <summary>The sort order, <c>asc</c> or <c>desc</c>.</summary>
    public string? Order { get; init; }

    /// <summary>How many configurations match in total.</summary>
    public int? TotalNum { get; init; }

    /// <summary>How many pages there are.</summary>
    public int? TotalPage { get; init; }

    /// <summary>The configurations of this page (wire: <c>LiveAppRecordList.LiveAppRecord[]</c>).</summary>
    public IReadOnlyList<LiveAppRecord> LiveAppRecordList { get; init; } = [];
}

/// <summary>One recording configuration of a <see cref="DescribeLiveRecordConfigResponse"/>.</summary>
public sealed record LiveAppRecord
{
    /// <summary>The main streaming domain.</summary>
    public string? DomainName { get; init; }

    /// <summary>The app (<c>*</c> for every app).</summary>
    public string? AppName { get; init; }

    /// <summary>The stream, for a stream-level configuration.</summary>
    public string? StreamName { get; init; }

    /// <summary>The OSS endpoint.</summary>
    public string? OssEndpoint { get; init; }

    /// <summary>The OSS bucket.</summary>
    public string? OssBucket { get; init; }

    /// <summary>When the configuration was created (UTC, as the service wrote it).</summary>
    public string? CreateTime { get; init; }

    /// <summary>The recording start of a stream-level configuration.</summary>
    public string? StartTime { get; init; }

    /// <summary>The recording end of a stream-level configuration.</summary>
    public string? EndTime { get; init; }

    /// <summary>The recording mode (0, 1, 2 or 7). The service spells this field <c>OnDemond</c>.</summary>
    public int? OnDemand { get; init; }

    /// <summary>The merge window in seconds after an interruption.</summary>
    public int? DelayTime { get; init; }

    /// <summary>The formats of the source stream (wire: <c>RecordFormatList.RecordFormat[]</c>).</summary>
    public IReadOnlyList<RecordFormatInfo> RecordFormatList { get; init; } = [];

    /// <summary>The formats of the transcoded streams (wire: <c>TranscodeRecordFormatList.RecordFormat[]</c>).</summary>
    public IReadOnlyList<RecordFormatInfo> TranscodeRecordFormatList { get; init; } = [];

    /// <summary>The recorded transcoding templates (wire: <c>TranscodeTemplates.Templates[]</c>).</summary>
    public IReadOnlyList<string> TranscodeTemplates { get; init; } = [];
}

/// <summary>One recording format of a <see cref="LiveAppRecord"/>.</summary>
public sealed record RecordFormatInfo
{
    /// <summary>The format: <c>m3u8</c>, <c>flv</c>, <c>mp4</c> or <c>cmaf</c>.</summary>
    public string? Format { get; init; }

    /// <summary>The recording cycle in seconds.</summary>
    public int? CycleDuration { get; init; }

    /// <summary>The object name of each recording.</summary>
    public string? OssObjectPrefix { get; init; }

    /// <summary>The object name of each segment (m3u8/cmaf).</summary>
    public string? SliceOssObjectPrefix { get; init; }

    /// <summary>The segment duration in seconds (m3u8/cmaf).</summary>
    public int? SliceDuration { get; init; }
}
