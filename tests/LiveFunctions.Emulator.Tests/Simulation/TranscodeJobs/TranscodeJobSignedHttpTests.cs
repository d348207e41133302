using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Simulation.TranscodeJobs;

/// <summary>
/// ICE live transcode jobs through the whole emulator over HTTP with signed Submit/Update/Get calls, the emulator's
/// clock a ManualTimeProvider: the status follows the clock and the document's edit rules follow the status.
/// </summary>
public sealed class TranscodeJobSignedHttpTests : EmulatorTest
{
    private const string Input = """{"InputUrl":"rtmp://example.com/liveApp/stream1","Type":"rtmp"}""";
    private const string Output = """{"DomainName":"play.example.com","Type":"LiveCenter"}""";
    private static readonly CallOptions Ice = new() { Version = SigningClient.IceVersion };

    private DateTimeOffset Now => Emulator.Clock.GetUtcNow();

    [Fact]
    public async Task TimedJob_OverTime_StatusFollowsTheWindowAndEditsAreRefusedOnceStarted()
    {
        var jobId = await SubmitAsync("1", Window(Now.AddHours(1), Now.AddHours(2)));
        Assert.Equal(0, await StatusAsync(jobId));

        // Not started: the window may move, and only while not started.
        var moved = await UpdateAsync(jobId, ("TimedConfig", Window(Now.AddMinutes(30), Now.AddMinutes(90))));
        Assert.Equal(HttpStatusCode.OK, moved.Status);
        var job = await GetAsync(jobId);
        Assert.Equal(ParameterSets.Wire(Now.AddMinutes(30)), (string?)job["TimedConfig"]!["StartTime"]);

        Emulator.Clock.Advance(TimeSpan.FromMinutes(45));
        Assert.Equal(1, await StatusAsync(jobId));
        var input = await UpdateAsync(jobId, ("StreamInput", """{"InputUrl":"rtmp://example.com/liveApp/other","Type":"rtmp"}"""));
        Assert.Equal(HttpStatusCode.Forbidden, input.Status);
        Assert.Equal("Forbidden.JobStarted", input.Code);
        var renamed = await UpdateAsync(jobId, ("Name", "renamed while running"));
        Assert.Equal(HttpStatusCode.OK, renamed.Status);
        Assert.Equal("renamed while running", (string?)(await GetAsync(jobId))["Name"]);

        Emulator.Clock.Advance(TimeSpan.FromMinutes(45));
        Assert.Equal(2, await StatusAsync(jobId));

        // A stopped timed job takes a new window (AllowRearmStoppedTimedJobs, on by default) and is armed again.
        var rearmed = await UpdateAsync(jobId, ("TimedConfig", Window(Now.AddHours(1), Now.AddHours(2))));
        Assert.Equal(HttpStatusCode.OK, rearmed.Status);
        Assert.Equal(0, await StatusAsync(jobId));
    }

    [Fact]
    public async Task ImmediateJob_Running_AcceptsOnlyName()
    {
        var jobId = await SubmitAsync("0", timedConfig: null);
        Assert.Equal(1, await StatusAsync(jobId));

        var output = await UpdateAsync(jobId, ("TranscodeOutput", """{"DomainName":"other.example.com","Type":"LiveCenter"}"""));
        var renamed = await UpdateAsync(jobId, ("Name", "new name"));

        Assert.Equal(HttpStatusCode.Forbidden, output.Status);
        Assert.Equal("Forbidden.NotTimedJob", output.Code);
        Assert.Equal(HttpStatusCode.OK, renamed.Status);
        Assert.Equal("new name", (string?)(await GetAsync(jobId))["Name"]);
    }

    [Fact]
    public async Task UpdateLiveTranscodeJob_TimedConfigMoreThanSevenDaysAhead_RefusedAndTheJobKeepsItsWindow()
    {
        var jobId = await SubmitAsync("1", Window(Now.AddHours(1), Now.AddHours(2)));

        var far = await UpdateAsync(jobId, ("TimedConfig", Window(Now.AddDays(7).AddSeconds(1), Now.AddDays(7).AddHours(1))));

        Assert.Equal(HttpStatusCode.BadRequest, far.Status);
        Assert.Equal("InvalidParameter.TimedConfig", far.Code);
        Assert.Equal(ParameterSets.Wire(Now.AddHours(1)), (string?)(await GetAsync(jobId))["TimedConfig"]!["StartTime"]);
    }

    private static string Window(DateTimeOffset start, DateTimeOffset end) =>
        $$"""{"EndTime":"{{ParameterSets.Wire(end)}}","StartTime":"{{ParameterSets.Wire(start)}}"}""";

    private async Task<string> SubmitAsync(string startMode, string? timedConfig)
    {
        var parameters = Params(("Name", "job"), ("StartMode", startMode), ("TemplateId", "template-1"), ("StreamInput", Input), ("TranscodeOutput", Output));
        if (timedConfig is not null)
        {
            parameters["TimedConfig"] = timedConfig;
        }

        var answer = await Client.CallAsync("SubmitLiveTranscodeJob", parameters, Ice);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return (string)answer.Body["JobId"]!;
    }

    private Task<ApiAnswer> UpdateAsync(string jobId, params (string Name, string Value)[] changes) =>
        Client.CallAsync("UpdateLiveTranscodeJob", Params(("JobId", jobId)).With(changes), Ice);

    private async Task<System.Text.Json.Nodes.JsonNode> GetAsync(string jobId)
    {
        var answer = await Client.CallAsync("GetLiveTranscodeJob", Params(("JobId", jobId)), Ice);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Body["Job"]!;
    }

    private async Task<int> StatusAsync(string jobId) => (int)(await GetAsync(jobId))["Status"]!;
}
