namespace LiveFunctions.Core.Operations.DescribeLiveRecordConfig;

/// <summary>The request of <c>DescribeLiveRecordConfig</c>: lists the OSS recording configurations of a domain, a page at a time.</summary>
public sealed record DescribeLiveRecordConfigRequest
{
    /// <summary>The main streaming domain (required).</summary>
    public string? DomainName { get; init; }

    /// <summary>Only the configurations of this app.</summary>
    public string? AppName { get; init; }

    /// <summary>Only the configurations of this stream.</summary>
    public string? StreamName { get; init; }

    /// <summary>The page number, from 1 (default 1).</summary>
    public int? PageNum { get; init; }

    /// <summary>Entries per page, 5 to 30 (default 10).</summary>
    public int? PageSize { get; init; }

    /// <summary>Order by creation time: <c>asc</c> (default) or <c>desc</c>.</summary>
    public string? Order { get; init; }
}
