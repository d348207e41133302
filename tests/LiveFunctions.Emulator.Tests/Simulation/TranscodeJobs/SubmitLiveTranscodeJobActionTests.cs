using static LiveFunctions.Emulator.Tests.Simulation.TranscodeJobs.TranscodeJobTestData;

namespace LiveFunctions.Emulator.Tests.Simulation.TranscodeJobs;

public sealed class SubmitLiveTranscodeJobActionTests
{
    private static readonly DateTimeOffset Now = SimulationHarness.DefaultNow;

    [Fact]
    public void SubmitLiveTranscodeJob_StartModeZero_RunsFromSubmission()
    {
        using var sim = new SimulationHarness();

        var jobId = SubmitOk(sim, 0);

        Assert.Matches("^[0-9a-f]{32}$", jobId);
        Assert.Equal(1, Status(sim, jobId));
        sim.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(1, Status(sim, jobId));
    }

    [Fact]
    public void SubmitLiveTranscodeJob_Timed_StatusFollowsTheClockThroughItsHalfOpenWindow()
    {
        using var sim = new SimulationHarness();
        var jobId = SubmitOk(sim, 1, Timed(Now.AddHours(1), Now.AddHours(2)));

        var before = Status(sim, jobId);
        sim.Clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        var justBefore = Status(sim, jobId);
        sim.Clock.Advance(TimeSpan.FromSeconds(1));
        var atStart = Status(sim, jobId);
        sim.Clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        var justBeforeEnd = Status(sim, jobId);
        sim.Clock.Advance(TimeSpan.FromSeconds(1));
        var atEnd = Status(sim, jobId);

        Assert.Equal([0, 0, 1, 1, 2], new[] { before, justBefore, atStart, justBeforeEnd, atEnd });
    }

    [Fact]
    public void SubmitLiveTranscodeJob_TimedWithoutTimedConfig_ReturnsMissingTimedConfig()
    {
        using var sim = new SimulationHarness();

        Assert.Equal("MissingTimedConfig", Submit(sim, 1).Error?.Code);
    }

    [Theory]
    [InlineData("Name")]
    [InlineData("StartMode")]
    [InlineData("TemplateId")]
    [InlineData("StreamInput")]
    [InlineData("TranscodeOutput")]
    public void SubmitLiveTranscodeJob_RequiredParameterMissing_ReturnsMissingParameter(string parameter)
    {
        using var sim = new SimulationHarness();
        var all = new Dictionary<string, string>
        {
            ["Name"] = "job", ["StartMode"] = "0", ["TemplateId"] = "tpl", ["StreamInput"] = StreamInput, ["TranscodeOutput"] = TranscodeOutput,
        };
        all.Remove(parameter);

        var result = sim.Ice("SubmitLiveTranscodeJob", all.Select(p => (p.Key, p.Value)).ToArray());

        Assert.Equal($"Missing{parameter}", result.Error?.Code);
        Assert.Equal(400, result.Error?.Status);
    }

    [Fact]
    public void SubmitLiveTranscodeJob_TimeMoreThanSevenDaysAway_ReturnsTimedConfigOutOfRange()
    {
        using var sim = new SimulationHarness();

        var late = Submit(sim, 1, Timed(Now.AddHours(1), Now.AddDays(7).AddSeconds(1)));
        var edge = Submit(sim, 1, Timed(Now.AddHours(1), Now.AddDays(7)));

        Assert.Equal("InvalidParameter.TimedConfig", late.Error?.Code);
        Assert.Null(edge.Error);
    }

    [Fact]
    public void SubmitLiveTranscodeJob_TimedConfigKeysInAnyOrder_AreReadByName()
    {
        using var sim = new SimulationHarness();
        var startFirst = $$"""{"StartTime":"{{Wire(Now.AddHours(1))}}","EndTime":"{{Wire(Now.AddHours(2))}}"}""";

        var jobId = SubmitOk(sim, 1, startFirst);

        var job = sim.Ice("GetLiveTranscodeJob", ("JobId", jobId)).Body!["Job"]!;
        Assert.Equal(Wire(Now.AddHours(1)), (string)job["TimedConfig"]!["StartTime"]!);
        Assert.Equal(Wire(Now.AddHours(2)), (string)job["TimedConfig"]!["EndTime"]!);
    }

    [Theory]
    [InlineData("StreamInput", """{"InputUrl":"rtmp://mydomain/app/stream1","Type":"hls"}""")]
    [InlineData("StreamInput", """{"Type":"rtmp"}""")]
    [InlineData("StreamInput", """{"InputUrl":"http://mydomain/app/stream1","Type":"rtmp"}""")]
    [InlineData("StreamInput", "not json")]
    [InlineData("TranscodeOutput", """{"DomainName":"mydomain","Type":"rtmp"}""")]
    [InlineData("TranscodeOutput", """{"Type":"LiveCenter"}""")]
    [InlineData("StartMode", "2")]
    public void SubmitLiveTranscodeJob_InvalidValue_ReturnsInvalidParameter(string parameter, string value)
    {
        using var sim = new SimulationHarness();
        var all = new Dictionary<string, string>
        {
            ["Name"] = "job", ["StartMode"] = "0", ["TemplateId"] = "tpl", ["StreamInput"] = StreamInput, ["TranscodeOutput"] = TranscodeOutput,
        };
        all[parameter] = value;

        Assert.Equal("InvalidParameter", sim.Ice("SubmitLiveTranscodeJob", all.Select(p => (p.Key, p.Value)).ToArray()).Error?.Code);
    }

    [Fact]
    public void SubmitLiveTranscodeJob_EndNotAfterStart_ReturnsInvalidParameter()
    {
        using var sim = new SimulationHarness();

        Assert.Equal("InvalidParameter", Submit(sim, 1, Timed(Now.AddHours(2), Now.AddHours(2))).Error?.Code);
    }
}
