using static LiveFunctions.Emulator.Tests.Simulation.TranscodeJobs.TranscodeJobTestData;

namespace LiveFunctions.Emulator.Tests.Simulation.TranscodeJobs;

/// <summary>The document's edit rules: non-timed jobs take only Name; timed ones the rest only while not started.</summary>
public sealed class UpdateLiveTranscodeJobActionTests
{
    private static readonly DateTimeOffset Now = SimulationHarness.DefaultNow;
    private const string OtherInput = """{"Type":"rtmp","InputUrl":"rtmp://mydomain/app/stream2"}""";
    private const string OtherOutput = """{"Type":"LiveCenter","DomainName":"otherdomain"}""";

    [Fact]
    public void UpdateLiveTranscodeJob_NonTimedJobName_ChangesInAnyState()
    {
        using var sim = new SimulationHarness();
        var jobId = SubmitOk(sim, 0);

        var result = sim.Ice("UpdateLiveTranscodeJob", ("JobId", jobId), ("Name", "renamed"));

        Assert.Null(result.Error);
        Assert.Equal("renamed", (string)sim.Ice("GetLiveTranscodeJob", ("JobId", jobId)).Body!["Job"]!["Name"]!);
    }

    [Theory]
    [InlineData("StreamInput", OtherInput)]
    [InlineData("TranscodeOutput", OtherOutput)]
    [InlineData("TimedConfig", """{"StartTime":"2026-03-10T13:00:00Z","EndTime":"2026-03-10T14:00:00Z"}""")]
    public void UpdateLiveTranscodeJob_NonTimedJobOtherParameter_ReturnsForbiddenNotTimedJob(string parameter, string value)
    {
        using var sim = new SimulationHarness();
        var jobId = SubmitOk(sim, 0);

        var result = sim.Ice("UpdateLiveTranscodeJob", ("JobId", jobId), (parameter, value));

        Assert.Equal("Forbidden.NotTimedJob", result.Error?.Code);
        Assert.Equal(403, result.Error?.Status);
    }

    [Fact]
    public void UpdateLiveTranscodeJob_TimedJobNotStarted_AcceptsEveryParameter()
    {
        using var sim = new SimulationHarness();
        var jobId = SubmitOk(sim, 1, Timed(Now.AddHours(1), Now.AddHours(2)));

        var result = sim.Ice("UpdateLiveTranscodeJob", ("JobId", jobId), ("Name", "n2"), ("StreamInput", OtherInput), ("TranscodeOutput", OtherOutput),
            ("TimedConfig", Timed(Now.AddHours(3), Now.AddHours(4))));

        Assert.Null(result.Error);
        var job = sim.Ice("GetLiveTranscodeJob", ("JobId", jobId)).Body!["Job"]!;
        Assert.Equal("n2", (string)job["Name"]!);
        Assert.Equal("rtmp://mydomain/app/stream2", (string)job["StreamInput"]!["InputUrl"]!);
        Assert.Equal("otherdomain", (string)job["TranscodeOutput"]!["DomainName"]!);
        Assert.Equal(Wire(Now.AddHours(3)), (string)job["TimedConfig"]!["StartTime"]!);
        Assert.Equal("rtmp://otherdomain/app/stream2_tpl-sd", (string)job["OutputStream"]!["StreamInfos"]![0]!["OutputUrl"]!);
    }

    [Fact]
    public void UpdateLiveTranscodeJob_TimedConfigWithOnlyEndTime_KeepsTheStartTime()
    {
        using var sim = new SimulationHarness();
        var jobId = SubmitOk(sim, 1, Timed(Now.AddHours(1), Now.AddHours(2)));

        var result = sim.Ice("UpdateLiveTranscodeJob", ("JobId", jobId), ("TimedConfig", $$"""{"EndTime":"{{Wire(Now.AddHours(5))}}"}"""));

        Assert.Null(result.Error);
        var timed = sim.Ice("GetLiveTranscodeJob", ("JobId", jobId)).Body!["Job"]!["TimedConfig"]!;
        Assert.Equal(Wire(Now.AddHours(1)), (string)timed["StartTime"]!);
        Assert.Equal(Wire(Now.AddHours(5)), (string)timed["EndTime"]!);
    }

    [Fact]
    public void UpdateLiveTranscodeJob_TimedJobRunning_AcceptsNameButNotTheRest()
    {
        using var sim = new SimulationHarness();
        var jobId = SubmitOk(sim, 1, Timed(Now.AddHours(1), Now.AddHours(2)));
        sim.Clock.Advance(TimeSpan.FromHours(1));

        var name = sim.Ice("UpdateLiveTranscodeJob", ("JobId", jobId), ("Name", "still-ok"));
        var timed = sim.Ice("UpdateLiveTranscodeJob", ("JobId", jobId), ("TimedConfig", Timed(Now.AddHours(3), Now.AddHours(4))));
        var input = sim.Ice("UpdateLiveTranscodeJob", ("JobId", jobId), ("StreamInput", OtherInput));

        Assert.Null(name.Error);
        Assert.Equal("Forbidden.JobStarted", timed.Error?.Code);
        Assert.Equal("Forbidden.JobStarted", input.Error?.Code);
        Assert.Equal(1, Status(sim, jobId));
    }

    [Fact]
    public void UpdateLiveTranscodeJob_StoppedTimedJobWithRearmAllowed_AcceptsANewWindowAndIsArmedAgain()
    {
        using var sim = new SimulationHarness();
        var jobId = SubmitOk(sim, 1, Timed(Now.AddHours(1), Now.AddHours(2)));
        sim.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(2, Status(sim, jobId));
        var later = sim.Clock.GetUtcNow();

        var result = sim.Ice("UpdateLiveTranscodeJob", ("JobId", jobId), ("TimedConfig", Timed(later.AddHours(22), later.AddHours(23))));

        Assert.Null(result.Error);
        Assert.Equal(0, Status(sim, jobId));
        sim.Clock.Advance(TimeSpan.FromHours(22));
        Assert.Equal(1, Status(sim, jobId));
    }

    [Fact]
    public void UpdateLiveTranscodeJob_StoppedTimedJobWithRearmOff_ReturnsForbiddenJobStopped()
    {
        using var sim = new SimulationHarness(settings: new Dictionary<string, string?> { ["Emulator:Simulation:AllowRearmStoppedTimedJobs"] = "false" });
        var jobId = SubmitOk(sim, 1, Timed(Now.AddHours(1), Now.AddHours(2)));
        sim.Clock.Advance(TimeSpan.FromHours(2));

        var result = sim.Ice("UpdateLiveTranscodeJob", ("JobId", jobId), ("TimedConfig", Timed(Now.AddHours(5), Now.AddHours(6))));

        Assert.Equal("Forbidden.JobStopped", result.Error?.Code);
        Assert.Equal(2, Status(sim, jobId));
    }

    [Fact]
    public void UpdateLiveTranscodeJob_JobStoppedByCommand_IsRearmedByANewWindow()
    {
        using var sim = new SimulationHarness();
        var jobId = SubmitOk(sim, 1, Timed(Now.AddHours(1), Now.AddHours(2)));
        Assert.Null(sim.Ice("SendLiveTranscodeJobCommand", ("JobId", jobId), ("Command", "stop")).Error);
        Assert.Equal(2, Status(sim, jobId));

        Assert.Null(sim.Ice("UpdateLiveTranscodeJob", ("JobId", jobId), ("TimedConfig", Timed(Now.AddHours(3), Now.AddHours(4)))).Error);

        Assert.Equal(0, Status(sim, jobId));
    }

    [Fact]
    public void UpdateLiveTranscodeJob_TimedConfigBeyondSevenDays_ReturnsTimedConfigOutOfRange()
    {
        using var sim = new SimulationHarness();
        var jobId = SubmitOk(sim, 1, Timed(Now.AddHours(1), Now.AddHours(2)));

        var result = sim.Ice("UpdateLiveTranscodeJob", ("JobId", jobId), ("TimedConfig", Timed(Now.AddDays(7).AddSeconds(1), Now.AddDays(7).AddHours(1))));

        Assert.Equal("InvalidParameter.TimedConfig", result.Error?.Code);
    }

    [Theory]
    [InlineData("StreamInput", """{"InputUrl":"rtmp://mydomain/app/stream1","Type":"srt"}""")]
    [InlineData("TranscodeOutput", """{"DomainName":"mydomain","Type":"Other"}""")]
    [InlineData("TimedConfig", """{"StartTime":"2026-03-10 13:00:00"}""")]
    public void UpdateLiveTranscodeJob_InvalidValue_ReturnsInvalidParameter(string parameter, string value)
    {
        using var sim = new SimulationHarness();
        var jobId = SubmitOk(sim, 1, Timed(Now.AddHours(1), Now.AddHours(2)));

        Assert.Equal("InvalidParameter", sim.Ice("UpdateLiveTranscodeJob", ("JobId", jobId), (parameter, value)).Error?.Code);
    }

    [Fact]
    public void UpdateLiveTranscodeJob_UnknownJob_ReturnsInvalidJobNotFound()
    {
        using var sim = new SimulationHarness();

        var result = sim.Ice("UpdateLiveTranscodeJob", ("JobId", "0123456789abcdef0123456789abcdef"), ("Name", "x"));

        Assert.Equal("InvalidJob.NotFound", result.Error?.Code);
        Assert.Equal(404, result.Error?.Status);
    }

    [Fact]
    public void UpdateLiveTranscodeJob_MissingJobId_ReturnsMissingJobId()
    {
        using var sim = new SimulationHarness();

        Assert.Equal("MissingJobId", sim.Ice("UpdateLiveTranscodeJob", ("Name", "x")).Error?.Code);
    }
}
