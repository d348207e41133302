namespace LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;

/// <summary>Pages through DescribeLiveStreamsPublishList with any page source (the client in production, a fake in tests).</summary>
internal static class PublishListPager
{
    /// <summary>Collects the records of every page from the request's PageNumber (default 1) to the last page.</summary>
    public static async Task<IReadOnlyList<LiveStreamPublishInfo>> CollectAllAsync(
        Func<DescribeLiveStreamsPublishListRequest, CancellationToken, Task<DescribeLiveStreamsPublishListResponse>> describePage,
        DescribeLiveStreamsPublishListRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(describePage);
        ArgumentNullException.ThrowIfNull(request);

        var all = new List<LiveStreamPublishInfo>();
        for (var page = request.PageNumber ?? 1; ; page++)
        {
            var answer = await describePage(request with { PageNumber = page }, cancellationToken);
            all.AddRange(answer.Streams);

            // TotalPage bounds the loop; an empty page also ends it, so a service that miscounts cannot spin it forever.
            if (answer.Streams.Count == 0 || page >= answer.TotalPage)
            {
                return all;
            }
        }
    }
}
