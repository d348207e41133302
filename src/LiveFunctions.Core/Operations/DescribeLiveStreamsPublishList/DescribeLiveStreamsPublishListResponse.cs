namespace LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;

/// <summary>One page of DescribeLiveStreamsPublishList.</summary>
public sealed record DescribeLiveStreamsPublishListResponse
{
    /// <summary>The ID of the request.</summary>
    public string? RequestId { get; init; }

    /// <summary>The page number of this answer (the request's <c>PageNumber</c>).</summary>
    public int PageNum { get; init; }

    /// <summary>Entries per page.</summary>
    public int PageSize { get; init; }

    /// <summary>Matching entries in all pages.</summary>
    public int TotalNum { get; init; }

    /// <summary>Number of pages.</summary>
    public int TotalPage { get; init; }

    /// <summary>The ingest records of this page (on the wire <c>PublishInfo.LiveStreamPublishInfo[]</c>; flattened here).</summary>
    public IReadOnlyList<LiveStreamPublishInfo> Streams { get; init; } = [];
}

/// <summary>
/// One ingest record. Times are the service's strings, <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC), as everywhere in these
/// records; read them with <see cref="Validation.AlibabaTime.TryParse"/>.
/// </summary>
public sealed record LiveStreamPublishInfo
{
    /// <summary>The streaming domain.</summary>
    public string? DomainName { get; init; }

    /// <summary>The application name.</summary>
    public string? AppName { get; init; }

    /// <summary>The stream name.</summary>
    public string? StreamName { get; init; }

    /// <summary>When ingest started.</summary>
    public string? PublishTime { get; init; }

    /// <summary>When ingest stopped (the service's value for a stream still live is not documented).</summary>
    public string? StopTime { get; init; }

    /// <summary>The ingest URL.</summary>
    public string? PublishUrl { get; init; }

    /// <summary>The playback URL.</summary>
    public string? StreamUrl { get; init; }

    /// <summary>The edge node that received the stream.</summary>
    public string? EdgeNodeAddr { get; init; }

    /// <summary>The client address of the ingest.</summary>
    public string? ClientAddr { get; init; }

    /// <summary>The ingest domain.</summary>
    public string? PublishDomain { get; init; }

    /// <summary>The ingest type (e.g. <c>edge</c>).</summary>
    public string? PublishType { get; init; }

    /// <summary>Whether the stream was transcoded (<c>yes</c>/<c>no</c>).</summary>
    public string? Transcoded { get; init; }

    /// <summary>The transcoding template ID, for a transcoded stream.</summary>
    public string? TranscodeId { get; init; }
}
