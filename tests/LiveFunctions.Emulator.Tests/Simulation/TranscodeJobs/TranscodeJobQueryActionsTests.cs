using static LiveFunctions.Emulator.Tests.Simulation.TranscodeJobs.TranscodeJobTestData;

namespace LiveFunctions.Emulator.Tests.Simulation.TranscodeJobs;

public sealed class TranscodeJobQueryActionsTests
{
    private static readonly DateTimeOffset Now = SimulationHarness.DefaultNow;

    [Fact]
    public void GetLiveTranscodeJob_TimedJob_ReturnsEveryDocumentedFieldPlusTimedConfigAndTranscodeOutput()
    {
        using var sim = new SimulationHarness();
        var jobId = SubmitOk(sim, 1, Timed(Now.AddHours(1), Now.AddHours(2)), name: "nightly");

        var job = sim.Ice("GetLiveTranscodeJob", ("JobId", jobId)).Body!["Job"]!.AsObject();

        Assert.Equal(jobId, (string)job["JobId"]!);
        Assert.Equal("nightly", (string)job["Name"]!);
        Assert.Equal(0, (int)job["Status"]!);
        Assert.Equal(1, (int)job["StartMode"]!);
        Assert.Equal("2026-03-10T12:00:00Z", (string)job["CreateTime"]!);
        Assert.Equal("tpl-sd", (string)job["TemplateId"]!);
        Assert.Equal("normal", (string)job["TemplateType"]!);
        Assert.Equal("rtmp", (string)job["StreamInput"]!["Type"]!);
        Assert.Equal("rtmp", (string)job["OutputStream"]!["StreamInfos"]![0]!["Type"]!);
        Assert.Equal("LiveCenter", (string)job["TranscodeOutput"]!["Type"]!);
        Assert.Equal(Wire(Now.AddHours(2)), (string)job["TimedConfig"]!["EndTime"]!);
    }

    [Fact]
    public void GetLiveTranscodeJob_UnknownJob_ReturnsInvalidJobNotFound()
    {
        using var sim = new SimulationHarness();

        Assert.Equal("InvalidJob.NotFound", sim.Ice("GetLiveTranscodeJob", ("JobId", "nope")).Error?.Code);
    }

    [Fact]
    public void ListLiveTranscodeJobs_PagingAndSort_NewestFirstByDefault()
    {
        using var sim = new SimulationHarness();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(SubmitOk(sim, 0, name: $"job{i}"));
            sim.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var page1 = sim.Ice("ListLiveTranscodeJobs", ("PageSize", "2"));
        var page2 = sim.Ice("ListLiveTranscodeJobs", ("PageSize", "2"), ("PageNo", "2"));
        var asc = sim.Ice("ListLiveTranscodeJobs", ("SortBy", "asc"));

        Assert.Equal(3, (int)page1.Body!["TotalCount"]!);
        Assert.Equal([ids[2], ids[1]], page1.Body!["JobList"]!.AsArray().Select(j => (string)j!["JobId"]!));
        Assert.Equal([ids[0]], page2.Body!["JobList"]!.AsArray().Select(j => (string)j!["JobId"]!));
        Assert.Equal(ids, asc.Body!["JobList"]!.AsArray().Select(j => (string)j!["JobId"]!));
    }

    [Fact]
    public void ListLiveTranscodeJobs_Filters_ByKeywordStartModeAndStatus()
    {
        using var sim = new SimulationHarness();
        var now = SubmitOk(sim, 0, name: "always-on");
        var timed = SubmitOk(sim, 1, Timed(Now.AddHours(1), Now.AddHours(2)), name: "evening-show");

        Assert.Equal([timed], Ids(sim, ("KeyWord", "evening")));
        Assert.Equal([now], Ids(sim, ("KeyWord", now)));
        Assert.Equal([timed], Ids(sim, ("StartMode", "1")));
        Assert.Equal([now], Ids(sim, ("Status", "1")));
        Assert.Equal([timed], Ids(sim, ("Status", "0")));
        Assert.Empty(Ids(sim, ("Type", "audio-only")));
    }

    [Theory]
    [InlineData("PageSize", "101")]
    [InlineData("PageNo", "0")]
    [InlineData("SortBy", "newest")]
    [InlineData("Status", "3")]
    public void ListLiveTranscodeJobs_BadOption_ReturnsInvalidParameter(string name, string value)
    {
        using var sim = new SimulationHarness();

        Assert.Equal("InvalidParameter", sim.Ice("ListLiveTranscodeJobs", (name, value)).Error?.Code);
    }

    [Fact]
    public void DeleteLiveTranscodeJob_ExistingJob_IsGone()
    {
        using var sim = new SimulationHarness();
        var jobId = SubmitOk(sim, 0);

        Assert.Null(sim.Ice("DeleteLiveTranscodeJob", ("JobId", jobId)).Error);

        Assert.Equal("InvalidJob.NotFound", sim.Ice("GetLiveTranscodeJob", ("JobId", jobId)).Error?.Code);
        Assert.Equal("InvalidJob.NotFound", sim.Ice("DeleteLiveTranscodeJob", ("JobId", jobId)).Error?.Code);
    }

    private static List<string> Ids(SimulationHarness sim, params (string, string)[] filters) =>
        sim.Ice("ListLiveTranscodeJobs", filters).Body!["JobList"]!.AsArray().Select(j => (string)j!["JobId"]!).ToList();
}
