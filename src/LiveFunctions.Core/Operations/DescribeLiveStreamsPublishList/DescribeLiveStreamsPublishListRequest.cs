namespace LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;

/// <summary>
/// DescribeLiveStreamsPublishList (ApsaraVideo Live): the ingest records of a domain (optionally one app or stream),
/// that is, the streams that were active in a time range of the last 30 days. Property names are the document's
/// parameter names (note: the request says <c>PageNumber</c>, the answer <c>PageNum</c>).
/// </summary>
public sealed record DescribeLiveStreamsPublishListRequest
{
    /// <summary>The region ID, e.g. <c>cn-shanghai</c> (optional; sent only when set).</summary>
    public string? RegionId { get; init; }

    /// <summary>The ingest or streaming domain (required).</summary>
    public string? DomainName { get; init; }

    /// <summary>The application name (optional).</summary>
    public string? AppName { get; init; }

    /// <summary>The stream name (optional).</summary>
    public string? StreamName { get; init; }

    /// <summary>Start of the range, <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC), within the last 30 days (required).</summary>
    public string? StartTime { get; init; }

    /// <summary>End of the range, <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC), later than StartTime and at most 30 days after it (required).</summary>
    public string? EndTime { get; init; }

    /// <summary>Entries per page, 1 to 3000; the service's default is 2000 (optional).</summary>
    public int? PageSize { get; init; }

    /// <summary>The page to return, from 1; the service's default is 1 (optional).</summary>
    public int? PageNumber { get; init; }

    /// <summary><c>fuzzy</c> (the service's default) or <c>strict</c> matching of AppName/StreamName (optional).</summary>
    public string? QueryType { get; init; }

    /// <summary><c>all</c> or <c>trans</c> (transcoded streams only); left out, only the original streams are returned (optional).</summary>
    public string? StreamType { get; init; }

    /// <summary><c>publish_time_asc</c> (the service's default), <c>publish_time_desc</c>, <c>stream_name_asc</c> or <c>stream_name_desc</c> (optional).</summary>
    public string? OrderBy { get; init; }
}
