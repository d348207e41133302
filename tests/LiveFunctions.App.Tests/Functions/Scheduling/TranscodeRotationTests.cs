using System.Net;
using LiveFunctions.Core.Scheduling.Transcode;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Functions.Scheduling;

/// <summary><c>transcode-rotation</c> and <c>transcode-executor</c> invoked as the host does, on a real Azurite (the clock is Sunday 2026-03-01T00:05Z).</summary>
[Collection(SchedulingAzuriteCollection.Name)]
public sealed class TranscodeRotationTests(AzuriteFixture azurite)
{
    private readonly string _jobId = Guid.NewGuid().ToString("N");

    private async Task<SchedulingTestApp> StartWithScheduleAsync()
    {
        var app = await SchedulingTestApp.StartAsync(azurite);
        await app.Store.PutScheduleAsync(
            new TranscodeSchedule { JobId = _jobId, DaysOfWeek = ["Daily"], LocalStartTime = "19:30", Duration = "02:00:00", TimeZone = "Europe/Berlin" }, default);
        return app;
    }

    private string WorkItem => new TranscodeRotationWorkItem(_jobId, SchedulingTestApp.Now).ToJson();

    [Fact]
    public async Task Timer_QueuesOneWorkItemPerRegisteredSchedule()
    {
        await using var app = await StartWithScheduleAsync();

        var (response, body) = await app.RunTimerAsync("transcode-rotation");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var jobIds = SchedulingTestApp.Outputs(body, "work").Select(o => o.GetProperty("JobId").GetString()).ToList();
        Assert.Single(jobIds, id => id == _jobId);
        Assert.Empty(app.Alibaba.Requests);
    }

    [Fact]
    public async Task Executor_NotStartedJob_ArmsTheNextWindowAndRecordsIt()
    {
        await using var app = await StartWithScheduleAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(TranscodeScheduleFunctionTests.Job(_jobId, status: 0))));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok("""{"RequestId":"ICE-UPD"}""")));

        var (response, _) = await app.RunQueueAsync("transcode-executor", WorkItem);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, app.Alibaba.Requests.Count);
        var update = app.Alibaba.Requests[1];
        Assert.Equal("UpdateLiveTranscodeJob", update.Header("x-acs-action"));
        Assert.Equal("""{"EndTime":"2026-03-01T20:30:00Z","StartTime":"2026-03-01T18:30:00Z"}""", update.QueryValue("TimedConfig"));
        var action = await app.Store.GetActionAsync(_jobId, default);
        Assert.Equal(TranscodeDecisionKind.Arm, action!.Decision);
        Assert.Equal(TranscodeCallStatus.Succeeded, action.Call);
        Assert.Equal("2026-03-01T18:30:00Z", action.LastArmedTimedConfig!.StartTime);
    }

    [Fact]
    public async Task Executor_AnotherRotationStoresAnActionMeanwhile_DecidesAgainFromTheJobAndKeepsTheWindowItArmed()
    {
        await using var app = await StartWithScheduleAsync();
        const string armedConfig = """{"EndTime":"2026-03-01T20:30:00Z","StartTime":"2026-03-01T18:30:00Z"}""";
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(TranscodeScheduleFunctionTests.Job(_jobId, status: 0))));
        app.Alibaba.Enqueue(async (_, _) =>
        {
            // A second rotation of the job (the timer's, say) stores its older view while this one arms.
            var stale = new TranscodeDecision(TranscodeDecisionKind.LeaveRunning, "a concurrent rotation's stale view");
            await app.Store.PutActionAsync(TranscodeScheduleAction.NoCall(_jobId, stale, SchedulingTestApp.Now, null), default);
            return SchedulingTestApp.Ok("""{"RequestId":"ICE-UPD"}""");
        });
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(TranscodeScheduleFunctionTests.Job(_jobId, status: 0, timedConfig: armedConfig))));

        var (response, _) = await app.RunQueueAsync("transcode-executor", WorkItem);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["GetLiveTranscodeJob", "UpdateLiveTranscodeJob", "GetLiveTranscodeJob"], app.Alibaba.Requests.Select(r => r.Header("x-acs-action")));
        var action = await app.Store.GetActionAsync(_jobId, default);
        Assert.Equal(TranscodeDecisionKind.AlreadyArmed, action!.Decision); // decided again from the job as it is now
        Assert.Equal("2026-03-01T18:30:00Z", action.LastArmedTimedConfig!.StartTime); // the window this invocation armed
        Assert.Contains(app.Logs.Lines, l => l.EventId == 7454);
    }

    [Fact]
    public async Task Executor_RunningJob_IsLeftAlone()
    {
        await using var app = await StartWithScheduleAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(TranscodeScheduleFunctionTests.Job(_jobId, status: 1))));

        var (response, _) = await app.RunQueueAsync("transcode-executor", WorkItem);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Alibaba.Requests);
        var action = await app.Store.GetActionAsync(_jobId, default);
        Assert.Equal(TranscodeDecisionKind.LeaveRunning, action!.Decision);
        Assert.Equal(TranscodeCallStatus.None, action.Call);
    }

    [Fact]
    public async Task Executor_UpdateThrottled_FailsTheInvocationSoTheQueueRetries()
    {
        await using var app = await StartWithScheduleAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(TranscodeScheduleFunctionTests.Job(_jobId, status: 0))));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.ServiceError(HttpStatusCode.BadRequest, "Throttling.User")));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.ServiceError(HttpStatusCode.BadRequest, "Throttling.User")));

        var (response, _) = await app.RunQueueAsync("transcode-executor", WorkItem);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Null(await app.Store.GetActionAsync(_jobId, default));
    }

    [Fact]
    public async Task Executor_UpdateRefused_RecordsTheFailedActionWithItsCode()
    {
        await using var app = await StartWithScheduleAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(TranscodeScheduleFunctionTests.Job(_jobId, status: 2))));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.ServiceError(HttpStatusCode.Forbidden, "Forbidden.JobStopped")));

        var (response, _) = await app.RunQueueAsync("transcode-executor", WorkItem);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var action = await app.Store.GetActionAsync(_jobId, default);
        Assert.Equal(TranscodeCallStatus.Failed, action!.Call);
        Assert.Equal("Forbidden.JobStopped", action.Code);
        Assert.Null(action.LastArmedTimedConfig);
        Assert.Contains(app.Logs.Lines, l => l.EventId == 7452 && l.Level == LogLevel.Error);
    }

    [Fact]
    public async Task Executor_ScheduleDeletedMeanwhile_EndsQuietly()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);

        var (response, _) = await app.RunQueueAsync("transcode-executor", WorkItem);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(app.Alibaba.Requests);
    }

    [Fact]
    public async Task Executor_NotAWorkItem_IsPoisonedWithAClearLog()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);

        var (response, _) = await app.RunQueueAsync("transcode-executor", "{\"JobId\":\"\",\"PlannedAt\":\"2026-03-01T00:00:00Z\",\"Tag\":\"" + _jobId + "\"}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(await app.PeekAsync("transcode-work-poison"), t => t.Contains(_jobId, StringComparison.Ordinal));
        Assert.Contains(app.Logs.Lines, l => l.EventId == 7453 && l.Level == LogLevel.Error && l.Message.Contains("JobId is empty", StringComparison.Ordinal));
    }
}
