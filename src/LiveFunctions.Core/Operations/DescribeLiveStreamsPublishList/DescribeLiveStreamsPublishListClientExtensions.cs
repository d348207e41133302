using LiveFunctions.Core.OpenApi;

namespace LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;

/// <summary>The typed DescribeLiveStreamsPublishList calls on <see cref="AlibabaClient"/>.</summary>
public static class DescribeLiveStreamsPublishListClientExtensions
{
    /// <summary>Validates, signs and sends DescribeLiveStreamsPublishList; returns one page.</summary>
    public static Task<DescribeLiveStreamsPublishListResponse> DescribeLiveStreamsPublishListAsync(
        this AlibabaClient client, DescribeLiveStreamsPublishListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendAsync(DescribeLiveStreamsPublishListOperation.Instance, request, cancellationToken);
    }

    /// <summary>
    /// Every ingest record of the request's range: calls DescribeLiveStreamsPublishList page after page, from the
    /// request's <c>PageNumber</c> (default 1) up to the answer's <c>TotalPage</c> (or the first empty page), and
    /// returns the records in the order the pages gave them. Each page is a separate call under the 3/s limit.
    /// </summary>
    public static Task<IReadOnlyList<LiveStreamPublishInfo>> DescribeAllLiveStreamsPublishedAsync(
        this AlibabaClient client, DescribeLiveStreamsPublishListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return PublishListPager.CollectAllAsync(
            (page, ct) => client.SendAsync(DescribeLiveStreamsPublishListOperation.Instance, page, ct), request, cancellationToken);
    }
}
