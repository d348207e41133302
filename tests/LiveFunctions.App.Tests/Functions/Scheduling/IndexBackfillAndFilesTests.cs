using System.Net;
using LiveFunctions.App.Tests.Functions.Support;
using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Functions.Scheduling;

/// <summary><c>index-backfill</c> and <c>index-files</c> over HTTP, on a real Azurite (the clock is 2026-03-01T00:05Z).</summary>
[Collection(SchedulingAzuriteCollection.Name)]
public sealed class IndexBackfillAndFilesTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("""{"From":"2026-02-28T00:00:00Z","To":"2026-02-28T03:00:00Z"}""", "MissingDomainName")]
    [InlineData("""{"DomainName":"example.com","From":"yesterday","To":"2026-02-28T03:00:00Z"}""", "InvalidFrom.Malformed")]
    [InlineData("""{"DomainName":"example.com","From":"2026-02-28T03:00:00Z","To":"2026-02-28T01:00:00Z"}""", "InvalidTo.Mismatch")]
    [InlineData("""{"DomainName":"example.com","From":"2025-12-01T00:00:00Z","To":"2025-12-01T03:00:00Z"}""", "InvalidFrom.Mismatch")]
    [InlineData("""{"DomainName":"example.com","From":"2026-03-01T01:00:00Z","To":"2026-03-01T03:00:00Z"}""", "InvalidFrom.Mismatch")]
    [InlineData("""{"DomainName":"example.com","From":1,"To":"2026-03-01T03:00:00Z"}""", "InvalidParameter.Type")]
    public async Task Backfill_BadRequest_Answers400WithTheDocumentedCode(string body, string code)
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);

        var (response, answer) = await app.SendAsync(HttpMethod.Post, "/api/index-backfill", body);

        Answers.AssertError(response, answer, HttpStatusCode.BadRequest, code);
        Assert.Empty(app.Alibaba.Requests);
    }

    [Fact]
    public async Task Backfill_OneStream_QueuesOneItemPerHour_WithoutThePublishList()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        var body = $$"""{"DomainName":"{{app.Domain}}","AppName":"liveApp","StreamName":"s1","From":"2026-02-28T20:30:00Z","To":"2026-02-28T23:00:00Z"}""";

        var (response, answer) = await app.SendAsync(HttpMethod.Post, "/api/index-backfill", body);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("2026-02-28T20:00:00Z", answer.GetProperty("From").GetString());
        Assert.Equal("2026-02-28T23:00:00Z", answer.GetProperty("To").GetString());
        Assert.Equal(3, answer.GetProperty("WorkItems").GetInt32());
        Assert.Empty(app.Alibaba.Requests);
        var queued = (await app.PeekAsync("index-work")).Where(t => t.Contains(app.Domain, StringComparison.Ordinal))
            .Select(t => IndexWorkItem.TryParse(t, out var i, out _) ? i.HourStart.Hour : -1).Order().ToList();
        Assert.Equal([20, 21, 22], queued);
    }

    [Fact]
    public async Task Backfill_Domain_FindsTheStreamsWithThePublishList()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(
            """{"RequestId":"R1","PageNum":1,"PageSize":3000,"TotalNum":1,"TotalPage":1,"PublishInfo":{"LiveStreamPublishInfo":[{"AppName":"liveApp","StreamName":"s9","PublishTime":"2026-02-28T10:10:00Z","StopTime":"2026-02-28T10:20:00Z"}]}}""")));
        var body = $$"""{"DomainName":"{{app.Domain}}","From":"2026-02-28T09:00:00Z","To":"2026-02-28T12:00:00Z"}""";

        var (response, answer) = await app.SendAsync(HttpMethod.Post, "/api/index-backfill", body);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, answer.GetProperty("WorkItems").GetInt32());
        var sent = Assert.Single(app.Alibaba.Requests);
        Assert.Equal("2026-02-28T09:00:00Z", sent.QueryValue("StartTime"));
        Assert.Equal("2026-02-28T12:00:00Z", sent.QueryValue("EndTime"));
        Assert.Contains(await app.PeekAsync("index-work"), t => t.Contains(app.Domain, StringComparison.Ordinal) && t.Contains("\"s9\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("?to=2026-02-28T03:00:00Z", "MissingFrom")]
    [InlineData("?from=2026-02-28&to=2026-02-28T03:00:00Z", "InvalidFrom.Malformed")]
    [InlineData("?from=2026-02-28T03:00:00Z", "MissingTo")]
    [InlineData("?from=2026-02-28T03:00:00Z&to=2026-02-28T03:00:00Z", "InvalidTo.Mismatch")]
    [InlineData("?from=2025-12-01T00:00:00Z&to=2026-02-28T03:00:00Z", "InvalidTo.Mismatch")]
    public async Task Files_BadQuery_Answers400WithTheDocumentedCode(string query, string code)
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);

        var (response, answer) = await app.SendAsync(HttpMethod.Get, $"/api/domains/{app.Domain}/index-files{query}");

        Answers.AssertError(response, answer, HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Files_ListsTheOutcomesOfTheRange_PerStreamHour()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        var at = SchedulingTestApp.Now;
        IndexWorkItem Item(string stream, int hour) => new(app.Domain, "liveApp", stream, new DateTimeOffset(2026, 2, 28, hour, 0, 0, TimeSpan.Zero));
        await app.Store.PutOutcomeAsync(IndexOutcome.Created(Item("s1", 22), "o", new() { RequestId = "R", RecordInfo = new() { RecordUrl = "http://x/22.m3u8", Duration = 3600 } }, at), default);
        await app.Store.PutOutcomeAsync(IndexOutcome.Empty(Item("s2", 22), "o", "NoRecordContent", "none", "R", at), default);
        await app.Store.PutOutcomeAsync(IndexOutcome.Failed(Item("s1", 23), "o", "InvalidOssObject.Malformed", "bad", "R", at), default);
        await app.Store.PutOutcomeAsync(IndexOutcome.Created(Item("s1", 21), "o", new() { RequestId = "R" }, at), default);

        var (response, answer) = await app.SendAsync(HttpMethod.Get, $"/api/domains/{app.Domain}/index-files?from=2026-02-28T22:00:00Z&to=2026-02-28T23:30:00Z");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2026-03-01T00:00:00Z", answer.GetProperty("To").GetString());
        Assert.Equal(1, answer.GetProperty("Created").GetInt32());
        Assert.Equal(1, answer.GetProperty("Empty").GetInt32());
        Assert.Equal(1, answer.GetProperty("Failed").GetInt32());
        var outcomes = answer.GetProperty("Outcomes").EnumerateArray().ToList();
        Assert.Equal(["created", "empty", "failed"], outcomes.Select(o => o.GetProperty("Status").GetString()));
        Assert.Equal("http://x/22.m3u8", outcomes[0].GetProperty("RecordUrl").GetString());
        Assert.Equal("InvalidOssObject.Malformed", outcomes[2].GetProperty("Code").GetString());
    }
}
