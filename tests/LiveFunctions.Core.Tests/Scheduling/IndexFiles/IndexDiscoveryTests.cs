using LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;
using LiveFunctions.Core.Scheduling.IndexFiles;

namespace LiveFunctions.Core.Tests.Scheduling.IndexFiles;

public sealed class IndexDiscoveryTests
{
    private const string Domain = "example.com";

    private static IndexHour Hour(int day, int hour) => IndexHour.FromStart(new DateTimeOffset(2026, 3, day, hour, 0, 0, TimeSpan.Zero));

    private static LiveStreamPublishInfo Session(string app, string stream, string? publish, string? stop) =>
        new() { DomainName = Domain, AppName = app, StreamName = stream, PublishTime = publish, StopTime = stop };

    [Fact]
    public void PublishListRequest_ThreeHours_AsksForTheWholeRangeInOneQuery()
    {
        var request = IndexDiscovery.PublishListRequest(Domain, IndexHour.Range(Hour(1, 10), Hour(1, 12)), new IndexFilesOptions { RegionId = "cn-shanghai" });

        Assert.Equal(Domain, request.DomainName);
        Assert.Equal("2026-03-01T10:00:00Z", request.StartTime);
        Assert.Equal("2026-03-01T13:00:00Z", request.EndTime);
        Assert.Equal(3000, request.PageSize);
        Assert.Equal("cn-shanghai", request.RegionId);
        Assert.Equal("publish_time_asc", request.OrderBy);
        Assert.Null(request.QueryType);
        Assert.Null(request.AppName);
    }

    [Fact]
    public void PublishListRequest_WithAppName_AsksStrictly()
    {
        var request = IndexDiscovery.PublishListRequest(Domain, [Hour(1, 10)], new IndexFilesOptions(), appName: "liveApp");

        Assert.Equal("liveApp", request.AppName);
        Assert.Equal("strict", request.QueryType);
    }

    [Fact]
    public void PublishListRequest_NoHours_Throws()
    {
        Assert.Throws<ArgumentException>(() => IndexDiscovery.PublishListRequest(Domain, [], new IndexFilesOptions()));
    }

    [Fact]
    public void WorkItems_SessionsOverlappingHours_OneItemPerStreamAndOverlappedHour()
    {
        var hours = IndexHour.Range(Hour(1, 10), Hour(1, 12));
        var sessions = new[]
        {
            Session("app", "ended-in-10", "2026-03-01T09:30:00Z", "2026-03-01T10:15:00Z"),
            Session("app", "spans-10-11", "2026-03-01T10:50:00Z", "2026-03-01T11:10:00Z"),
            Session("app", "still-live", "2026-03-01T11:59:00Z", ""),
            Session("app", "stopped-at-10", "2026-03-01T09:00:00Z", "2026-03-01T10:00:00Z"),
            Session("app", "starts-at-13", "2026-03-01T13:00:00Z", null),
        };

        var result = IndexDiscovery.WorkItems(Domain, hours, sessions);

        Assert.Equal(
            ["example.com/app/ended-in-10/2026030110", "example.com/app/spans-10-11/2026030110", "example.com/app/spans-10-11/2026030111",
             "example.com/app/still-live/2026030111", "example.com/app/still-live/2026030112"],
            result.Items.Select(item => item.Id));
        Assert.Empty(result.Unreadable);
    }

    [Fact]
    public void WorkItems_TwoSessionsOfOneStreamInOneHour_GiveOneItem()
    {
        var sessions = new[]
        {
            Session("app", "s", "2026-03-01T10:05:00Z", "2026-03-01T10:10:00Z"),
            Session("app", "s", "2026-03-01T10:30:00Z", "2026-03-01T10:40:00Z"),
        };

        var result = IndexDiscovery.WorkItems(Domain, [Hour(1, 10)], sessions);

        Assert.Single(result.Items);
    }

    [Fact]
    public void WorkItems_UnreadableStopTime_CountsTheStreamAsStillLive()
    {
        var result = IndexDiscovery.WorkItems(Domain, IndexHour.Range(Hour(1, 10), Hour(1, 11)), [Session("app", "s", "2026-03-01T10:05:00Z", "unknown")]);

        Assert.Equal(2, result.Items.Count);
    }

    [Fact]
    public void WorkItems_SessionWithoutNamesOrPublishTime_IsReportedUnreadable()
    {
        var sessions = new[]
        {
            Session("", "s", "2026-03-01T10:05:00Z", null),
            Session("app", "s", "yesterday", null),
            Session("app", "ok", "2026-03-01T10:05:00Z", null),
        };

        var result = IndexDiscovery.WorkItems(Domain, [Hour(1, 10)], sessions);

        Assert.Equal(2, result.Unreadable.Count);
        Assert.Equal("ok", Assert.Single(result.Items).StreamName);
    }

    [Fact]
    public void WorkItems_OrderedByHourThenAppThenStream()
    {
        var sessions = new[]
        {
            Session("b", "z", "2026-03-01T10:05:00Z", null),
            Session("a", "y", "2026-03-01T11:05:00Z", null),
            Session("a", "x", "2026-03-01T10:05:00Z", null),
        };

        var result = IndexDiscovery.WorkItems(Domain, IndexHour.Range(Hour(1, 10), Hour(1, 11)), sessions);

        Assert.Equal(
            ["example.com/a/x/2026030110", "example.com/b/z/2026030110", "example.com/a/x/2026030111", "example.com/a/y/2026030111", "example.com/b/z/2026030111"],
            result.Items.Select(item => item.Id));
    }

    [Fact]
    public void WorkItems_WithStreamFilter_KeepsOnlyExactMatches()
    {
        var sessions = new[]
        {
            Session("app", "cam1", "2026-03-01T10:05:00Z", null),
            Session("app", "cam10", "2026-03-01T10:05:00Z", null),
        };

        var result = IndexDiscovery.WorkItems(Domain, [Hour(1, 10)], sessions, streamName: "cam1");

        Assert.Equal("cam1", Assert.Single(result.Items).StreamName);
    }

    [Fact]
    public void WorkItems_UsesTheConfiguredDomainNotTheSessionsDomain()
    {
        var session = Session("app", "s", "2026-03-01T10:05:00Z", null) with { DomainName = "push.example.com" };

        var result = IndexDiscovery.WorkItems(Domain, [Hour(1, 10)], [session]);

        Assert.Equal(Domain, Assert.Single(result.Items).DomainName);
    }
}
