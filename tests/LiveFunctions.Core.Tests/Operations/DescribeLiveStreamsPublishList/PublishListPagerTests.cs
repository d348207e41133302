using LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;

namespace LiveFunctions.Core.Tests.Operations.DescribeLiveStreamsPublishList;

public sealed class PublishListPagerTests
{
    private static readonly DescribeLiveStreamsPublishListRequest Request = new()
    {
        DomainName = "example.com",
        StartTime = "2026-03-15T10:00:00Z",
        EndTime = "2026-03-15T11:00:00Z",
        PageSize = 2,
    };

    private static LiveStreamPublishInfo Stream(string name) => new() { DomainName = "example.com", AppName = "liveApp", StreamName = name };

    // A fake page source over a fixed list of pages, recording every request it was given.
    private sealed class FakePages(int totalPage, params LiveStreamPublishInfo[][] pages)
    {
        public List<DescribeLiveStreamsPublishListRequest> Requests { get; } = [];

        public Task<DescribeLiveStreamsPublishListResponse> DescribeAsync(DescribeLiveStreamsPublishListRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            var index = request.PageNumber!.Value - 1;
            return Task.FromResult(new DescribeLiveStreamsPublishListResponse
            {
                PageNum = request.PageNumber.Value,
                PageSize = 2,
                TotalNum = pages.Sum(p => p.Length),
                TotalPage = totalPage,
                Streams = index < pages.Length ? pages[index] : [],
            });
        }
    }

    [Fact]
    public async Task CollectAllAsync_ThreePages_ReturnsEveryRecordInPageOrder()
    {
        var pages = new FakePages(3, [Stream("a"), Stream("b")], [Stream("c"), Stream("d")], [Stream("e")]);

        var all = await PublishListPager.CollectAllAsync(pages.DescribeAsync, Request, CancellationToken.None);

        Assert.Equal(["a", "b", "c", "d", "e"], all.Select(s => s.StreamName));
        Assert.Equal([1, 2, 3], pages.Requests.Select(r => r.PageNumber!.Value));
    }

    [Fact]
    public async Task CollectAllAsync_EveryPageRequest_KeepsTheOtherParameters()
    {
        var pages = new FakePages(2, [Stream("a"), Stream("b")], [Stream("c")]);

        await PublishListPager.CollectAllAsync(pages.DescribeAsync, Request, CancellationToken.None);

        Assert.All(pages.Requests, r => Assert.Equal(Request with { PageNumber = r.PageNumber }, r));
    }

    [Fact]
    public async Task CollectAllAsync_NoStreams_MakesOneCallAndReturnsEmpty()
    {
        var pages = new FakePages(0);

        var all = await PublishListPager.CollectAllAsync(pages.DescribeAsync, Request, CancellationToken.None);

        Assert.Empty(all);
        Assert.Single(pages.Requests);
    }

    [Fact]
    public async Task CollectAllAsync_EmptyPageBeforeTotalPage_Stops()
    {
        // The service claims five pages but the second is empty: stop instead of asking for pages that are not there.
        var pages = new FakePages(5, [Stream("a"), Stream("b")]);

        var all = await PublishListPager.CollectAllAsync(pages.DescribeAsync, Request, CancellationToken.None);

        Assert.Equal(["a", "b"], all.Select(s => s.StreamName));
        Assert.Equal(2, pages.Requests.Count);
    }

    [Fact]
    public async Task CollectAllAsync_RequestWithPageNumber_StartsThere()
    {
        var pages = new FakePages(3, [Stream("a"), Stream("b")], [Stream("c"), Stream("d")], [Stream("e")]);

        var all = await PublishListPager.CollectAllAsync(pages.DescribeAsync, Request with { PageNumber = 2 }, CancellationToken.None);

        Assert.Equal(["c", "d", "e"], all.Select(s => s.StreamName));
        Assert.Equal([2, 3], pages.Requests.Select(r => r.PageNumber!.Value));
    }

    [Fact]
    public async Task CollectAllAsync_CancellationToken_IsPassedToEveryPage()
    {
        using var cancellation = new CancellationTokenSource();
        var seen = new List<CancellationToken>();
        var pages = new FakePages(2, [Stream("a"), Stream("b")], [Stream("c")]);

        await PublishListPager.CollectAllAsync(
            (request, token) => { seen.Add(token); return pages.DescribeAsync(request, token); }, Request, cancellation.Token);

        Assert.Equal([cancellation.Token, cancellation.Token], seen);
    }
}
