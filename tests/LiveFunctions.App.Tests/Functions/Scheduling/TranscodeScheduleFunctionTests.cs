using System.Net;
using LiveFunctions.App.Tests.Functions.Support;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Functions.Scheduling;

/// <summary><c>transcode-schedule</c> over HTTP on a real Azurite (the clock is Sunday 2026-03-01T00:05Z).</summary>
[Collection(SchedulingAzuriteCollection.Name)]
public sealed class TranscodeScheduleFunctionTests(AzuriteFixture azurite)
{
    private readonly string _jobId = Guid.NewGuid().ToString("N");

    internal const string Daily = """{"DaysOfWeek":["Daily"],"LocalStartTime":"19:30","Duration":"02:00:00","TimeZone":"Europe/Berlin"}""";

    internal static string Job(string jobId, int status, int startMode = 1, string? timedConfig = null)
    {
        var config = timedConfig is null ? string.Empty : ",\"TimedConfig\":" + timedConfig;
        return "{\"RequestId\":\"ICE-GET\",\"Job\":{\"JobId\":\"" + jobId + "\",\"Name\":\"j\",\"Status\":" + status + ",\"StartMode\":" + startMode + config + "}}";
    }

    private string Path => $"/api/transcode-jobs/{_jobId}/schedule";

    [Theory]
    [InlineData("""{"DaysOfWeek":["Daily"],"LocalStartTime":"19:30","Duration":"02:00:00","TimeZone":"Mars/Olympus"}""", "InvalidTimeZone.NotFound")]
    [InlineData("""{"DaysOfWeek":["Funday"],"LocalStartTime":"19:30","Duration":"02:00:00","TimeZone":"UTC"}""", "InvalidDaysOfWeek.Malformed")]
    [InlineData("""{"DaysOfWeek":["Daily"],"LocalStartTime":"7:30","Duration":"02:00:00","TimeZone":"UTC"}""", "InvalidLocalStartTime.Malformed")]
    [InlineData("""{"DaysOfWeek":["Daily"],"LocalStartTime":"19:30","Duration":"30:00:00","TimeZone":"UTC"}""", "InvalidDuration.OutOfRange")]
    [InlineData("""{"LocalStartTime":"19:30","Duration":"02:00:00","TimeZone":"UTC"}""", "MissingDaysOfWeek")]
    public async Task Put_BrokenRule_Answers400WithTheDocumentedCode_AndCallsNothing(string body, string code)
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);

        var (response, answer) = await app.SendAsync(HttpMethod.Put, Path, body);

        Answers.AssertError(response, answer, HttpStatusCode.BadRequest, code);
        Assert.Empty(app.Alibaba.Requests);
        Assert.Null(await app.Store.GetScheduleAsync(_jobId, default));
    }

    [Fact]
    public async Task Put_JobNotTimed_Answers403()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(Job(_jobId, status: 1, startMode: 0))));

        var (response, answer) = await app.SendAsync(HttpMethod.Put, Path, Daily);

        Answers.AssertError(response, answer, HttpStatusCode.Forbidden, "Forbidden.NotTimedJob");
        Assert.Null(await app.Store.GetScheduleAsync(_jobId, default));
    }

    [Fact]
    public async Task Put_UnknownJob_Answers404WithTheServiceCode()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.ServiceError(HttpStatusCode.NotFound, "InvalidJob.NotFound")));

        var (response, answer) = await app.SendAsync(HttpMethod.Put, Path, Daily);

        Answers.AssertError(response, answer, HttpStatusCode.NotFound, "InvalidJob.NotFound");
    }

    [Fact]
    public async Task PutGetDelete_RegistersShowsTheNextWindowsAndRemoves()
    {
        await using var app = await SchedulingTestApp.StartAsync(azurite);
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(Job(_jobId, status: 0))));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(SchedulingTestApp.Ok(Job(_jobId, status: 0))));

        var (created, body) = await app.SendAsync(HttpMethod.Put, Path, Daily);
        var (replaced, _) = await app.SendAsync(HttpMethod.Put, Path, Daily);
        var (shown, status) = await app.SendAsync(HttpMethod.Get, Path);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal(_jobId, body.GetProperty("Schedule").GetProperty("JobId").GetString());
        var windows = status.GetProperty("NextWindows").EnumerateArray().ToList();
        Assert.Equal(5, windows.Count);
        Assert.Equal("2026-03-01T18:30:00Z", windows[0].GetProperty("StartTime").GetString());
        Assert.Equal("2026-03-01T20:30:00Z", windows[0].GetProperty("EndTime").GetString());
        Assert.Equal("2026-03-01T19:30:00+01:00", windows[0].GetProperty("LocalStartTime").GetString());
        Assert.Contains(await app.PeekAsync("transcode-work"), t => t.Contains(_jobId, StringComparison.Ordinal));

        var (deleted, _) = await app.SendAsync(HttpMethod.Delete, Path);
        var (gone, missing) = await app.SendAsync(HttpMethod.Get, Path);
        var (deletedAgain, _) = await app.SendAsync(HttpMethod.Delete, Path);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Answers.AssertError(gone, missing, HttpStatusCode.NotFound, "ScheduleNotFound");
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.StatusCode);
    }
}
