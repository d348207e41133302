namespace LiveFunctions.Emulator.Tests.Simulation.Streams;

public sealed class DescribeLiveStreamsOnlineListActionTests
{
    [Fact]
    public void DescribeLiveStreamsOnlineList_FollowsTheClock_ListsOnlySessionsLiveNow()
    {
        using var sim = new SimulationHarness();
        var now = SimulationHarness.DefaultNow;
        sim.Publish("ended", now.AddHours(-2), now.AddHours(-1));
        sim.Publish("live", now.AddMinutes(-5), null);
        sim.Publish("ends-soon", now.AddMinutes(-5), now.AddMinutes(1));

        var before = Streams(sim);
        sim.Clock.Advance(TimeSpan.FromMinutes(1));
        var after = Streams(sim);

        Assert.Equal(["live", "ends-soon"], before);
        Assert.Equal(["live"], after);
    }

    [Fact]
    public void DescribeLiveStreamsOnlineList_OnlyStream_ReturnsOnlyTheStreamFields()
    {
        using var sim = new SimulationHarness();
        sim.Publish("live", SimulationHarness.DefaultNow.AddMinutes(-5), null);

        var result = sim.Live("DescribeLiveStreamsOnlineList", ("DomainName", TestConfigs.Domain), ("OnlyStream", "yes"));

        var item = result.Body!["OnlineInfo"]!["LiveStreamOnlineInfo"]![0]!.AsObject();
        Assert.Equal(["DomainName", "AppName", "StreamName", "PublishTime"], item.Select(p => p.Key));
        Assert.Equal(1, (int)result.Body!["TotalNum"]!);
    }

    [Fact]
    public void DescribeLiveStreamsOnlineList_MissingDomainName_ReturnsMissingDomainName()
    {
        using var sim = new SimulationHarness();

        Assert.Equal("MissingDomainName", sim.Live("DescribeLiveStreamsOnlineList").Error?.Code);
    }

    private static List<string> Streams(SimulationHarness sim)
    {
        var result = sim.Live("DescribeLiveStreamsOnlineList", ("DomainName", TestConfigs.Domain));
        Assert.Null(result.Error);
        return result.Body!["OnlineInfo"]!["LiveStreamOnlineInfo"]!.AsArray().Select(n => (string)n!["StreamName"]!).ToList();
    }
}
