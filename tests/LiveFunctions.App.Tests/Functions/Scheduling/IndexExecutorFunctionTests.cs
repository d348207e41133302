using System.Net;
using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Functions.Scheduling;

/// <summary><c>index-executor</c> invoked as the host invokes a queue function, on a real Azurite.</summary>
[Collection(SchedulingAzuriteCollection.Name)]
public sealed class IndexExecutorFunctionTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Hour = new(2026, 2, 28, 23, 0, 0, TimeSpan.Zero);

    private const string Created =
        """{"RequestId":"R-CREATED","RecordInfo":{"RecordId":"rec-1","RecordUrl":"http://live-records.oss/record/liveApp/s1/2026-02-28/23.m3u8","Duration":3600.0}}""";

    private static IndexWorkItem Item(SchedulingTestApp app, string stream = "s1") => new(app.Domain, "liveApp", stream, Hour);

    [Fact]
    public async Task Created_RecordsTheOutcomeWithRecordUrlAndDuration_AndSendsTheHour()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(Created)));
        var item = Item(app);

        var (response, _) = await app.RunQueueAsync("index-executor", item.ToJson());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(app.Alibaba.Requests);
        Assert.Equal("2026-02-28T23:00:00Z", sent.QueryValue("StartTime"));
        Assert.Equal("2026-03-01T00:00:00Z", sent.QueryValue("EndTime"));
        Assert.Equal("record/liveApp/s1/2026-02-28/23.m3u8", sent.QueryValue("OssObject"));
        Assert.Equal("live-records", sent.QueryValue("OssBucket"));
        var outcome = await app.Store.GetOutcomeAsync(item, default);
        Assert.Equal(IndexOutcomeStatus.Created, outcome!.Status);
        Assert.Equal("http://live-records.oss/record/liveApp/s1/2026-02-28/23.m3u8", outcome.RecordUrl);
        Assert.Equal(3600.0, outcome.Duration);
        Assert.Equal("R-CREATED", outcome.RequestId);
    }

    [Fact]
    public async Task ExistingCreatedOutcome_IsNotCreatedAgain()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(Created)));
        var item = Item(app);
        await app.RunQueueAsync("index-executor", item.ToJson());

        var (response, body) = await app.RunQueueAsync("index-executor", item.ToJson());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Alibaba.Requests);
        Assert.Contains(body.GetProperty("Logs").EnumerateArray(), l => l.GetString()!.Contains("not created again", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NoRecordContent")]
    [InlineData("InvalidStream.NotFound")]
    public async Task NothingRecorded_IsAnEmptyHour_NotAFailure(string code)
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.ServiceError(HttpStatusCode.BadRequest, code)));
        var item = Item(app);

        var (response, _) = await app.RunQueueAsync("index-executor", item.ToJson());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await app.Store.GetOutcomeAsync(item, default);
        Assert.Equal(IndexOutcomeStatus.Empty, outcome!.Status);
        Assert.Equal(code, outcome.Code);
        Assert.DoesNotContain(await app.PeekAsync("index-work-poison"), t => t.Contains(app.Domain, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PermanentServiceError_RecordsFailed_PoisonsAtOnce_AndLogsAnError()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.ServiceError(HttpStatusCode.BadRequest, "InvalidOssObject.Malformed")));
        var item = Item(app, "bad-" + Guid.NewGuid().ToString("N")[..6]);

        var (response, _) = await app.RunQueueAsync("index-executor", item.ToJson());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await app.Store.GetOutcomeAsync(item, default);
        Assert.Equal(IndexOutcomeStatus.Failed, outcome!.Status);
        Assert.Equal("InvalidOssObject.Malformed", outcome.Code);
        Assert.Contains(await app.PeekAsync("index-work-poison"), t => t.Contains(item.StreamName, StringComparison.Ordinal));
        var logged = Assert.Single(app.Logs.Lines, l => l.EventId == 7422);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains("InvalidOssObject.Malformed", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("app-tests-secret-3f9c", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotAWorkItem_IsPoisonedWithAClearLog()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        var text = $$"""{"DomainName":"{{app.Domain}}","AppName":"liveApp","StreamName":"","HourStart":"2026-02-28T23:30:00Z"}""";

        var (response, _) = await app.RunQueueAsync("index-executor", text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(app.Alibaba.Requests);
        Assert.Contains(await app.PeekAsync("index-work-poison"), t => t.Contains(app.Domain, StringComparison.Ordinal));
        Assert.Contains(app.Logs.Lines, l => l.EventId == 7422 && l.Level == LogLevel.Error && l.Message.Contains("StreamName is empty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "Throttling.User")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable")]
    public async Task ThrottlingOr5xx_FailsTheInvocationSoTheQueueRetries_AndRecordsNothing(HttpStatusCode status, string code)
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.ServiceError(status, code)));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.ServiceError(status, code)));
        var item = Item(app);

        var (response, _) = await app.RunQueueAsync("index-executor", item.ToJson(), dequeueCount: 1);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Null(await app.Store.GetOutcomeAsync(item, default));
        Assert.Contains(app.Logs.Lines, l => l.EventId == 7421 && l.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Throttled_OnTheLastAttempt_RecordsFailedBeforeThePoisonQueue()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.ServiceError(HttpStatusCode.BadRequest, "Throttling.User")));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.ServiceError(HttpStatusCode.BadRequest, "Throttling.User")));
        var item = Item(app);

        var (response, _) = await app.RunQueueAsync("index-executor", item.ToJson(), dequeueCount: 5);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(IndexOutcomeStatus.Failed, (await app.Store.GetOutcomeAsync(item, default))!.Status);
        Assert.Contains(app.Logs.Lines, l => l.EventId == 7422 && l.Level == LogLevel.Error);
    }
}
