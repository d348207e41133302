using System.Net;
using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Functions.Scheduling;

/// <summary><c>index-planner</c> invoked as the host invokes a timer, on a real Azurite (the clock is 2026-03-01T00:05Z).</summary>
[Collection(SchedulingAzuriteCollection.Name)]
public sealed class IndexPlannerFunctionTests(AzuriteFixture azurite)
{
    private static string PublishList(params (string App, string Stream, string Publish, string Stop)[] sessions) =>
        "{\"RequestId\":\"R1\",\"PageNum\":1,\"PageSize\":3000,\"TotalNum\":" + sessions.Length + ",\"TotalPage\":1,\"PublishInfo\":{\"LiveStreamPublishInfo\":["
        + string.Join(",", sessions.Select(s => $$"""{"AppName":"{{s.App}}","StreamName":"{{s.Stream}}","PublishTime":"{{s.Publish}}","StopTime":"{{s.Stop}}"}"""))
        + "]}}";

    [Fact]
    public async Task FirstRun_PlansTheLastWholeHourAcrossMidnight_OneItemPerStream_AndStoresTheCheckpoint()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(PublishList(
            ("liveApp", "s1", "2026-02-28T23:10:00Z", "2026-02-28T23:20:00Z"),
            ("liveApp", "s1", "2026-02-28T23:30:00Z", "2026-02-28T23:40:00Z"),
            ("liveApp", "s2", "2026-02-28T22:00:00Z", ""),
            ("liveApp", "old", "2026-02-28T21:00:00Z", "2026-02-28T23:00:00Z")))));

        var (response, body) = await app.RunTimerAsync("index-planner");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(SchedulingTestApp.Outputs(body, "work")); // sent by the function itself, before the checkpoint moves
        var items = (await app.TakeForDomainAsync("index-work")).Select(t => IndexWorkItem.TryParse(t, out var i, out _) ? i : null).ToList();
        Assert.Equal(["s1", "s2"], items.Select(i => i!.StreamName));
        Assert.All(items, i => Assert.Equal(new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero), i!.HourStart));
        var sent = Assert.Single(app.Alibaba.Requests);
        Assert.Equal("DescribeLiveStreamsPublishList", sent.Header("x-acs-action") ?? sent.QueryValue("Action"));
        Assert.Equal("2026-02-28T23:00:00Z", sent.QueryValue("StartTime"));
        Assert.Equal("2026-03-01T00:00:00Z", sent.QueryValue("EndTime"));
        var checkpoint = await app.Store.GetCheckpointAsync(app.Domain, default);
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero), checkpoint!.LastPlannedHourStart);
    }

    [Fact]
    public async Task AfterDowntime_BackfillsEveryMissedHourOldestFirst_WithOneQuery()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        await app.Store.PutCheckpointAsync(new IndexCheckpoint(app.Domain, new DateTimeOffset(2026, 2, 28, 20, 0, 0, TimeSpan.Zero), SchedulingTestApp.Now.AddHours(-4)), default);
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(PublishList(("liveApp", "s1", "2026-02-28T20:30:00Z", "")))));

        await app.RunTimerAsync("index-planner", isPastDue: true);

        var hours = (await app.TakeForDomainAsync("index-work")).Select(t => IndexWorkItem.TryParse(t, out var i, out _) ? i!.HourStart.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) : null).ToList();
        Assert.Equal(["2026-02-28T21:00:00Z", "2026-02-28T22:00:00Z", "2026-02-28T23:00:00Z"], hours);
        var sent = Assert.Single(app.Alibaba.Requests);
        Assert.Equal("2026-02-28T21:00:00Z", sent.QueryValue("StartTime"));
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero), (await app.Store.GetCheckpointAsync(app.Domain, default))!.LastPlannedHourStart);
    }

    [Fact]
    public async Task UpToDate_PlansNothingAndCallsNothing()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        await app.Store.PutCheckpointAsync(new IndexCheckpoint(app.Domain, new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero), SchedulingTestApp.Now), default);

        var (response, _) = await app.RunTimerAsync("index-planner");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await app.TakeForDomainAsync("index-work"));
        Assert.Empty(app.Alibaba.Requests);
    }

    [Fact]
    public async Task PublishListFailing_KeepsTheCheckpointAndLogsAnError()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.ServiceError(HttpStatusCode.Forbidden, "Forbidden.RAM")));

        var (response, _) = await app.RunTimerAsync("index-planner");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await app.TakeForDomainAsync("index-work"));
        Assert.Null(await app.Store.GetCheckpointAsync(app.Domain, default));
        Assert.Contains(app.Logs.Lines, l => l.EventId == 7413 && l.Level == LogLevel.Error && l.Message.Contains("Forbidden.RAM", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DomainsAsOneCommaSeparatedValue_PlansEachDomain()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite, new Dictionary<string, string?>
        {
            ["IndexFiles:Domains:0"] = null,
            ["IndexFiles:Domains"] = " one.example.com, two.example.com ,",
        });
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(PublishList())));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(PublishList())));

        await app.RunTimerAsync("index-planner");

        Assert.Equal(["one.example.com", "two.example.com"], app.Alibaba.Requests.Select(r => r.QueryValue("DomainName")));
    }
}
