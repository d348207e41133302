using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Tests.Simulation.Streams;

public sealed class DescribeLiveStreamsPublishListActionTests
{
    private static readonly DateTimeOffset Hour = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DescribeLiveStreamsPublishList_HalfOpenRange_ReturnsOnlyOverlappingSessions()
    {
        using var sim = new SimulationHarness();
        sim.Publish("ended-at-start", Hour.AddHours(-1), Hour);               // ends exactly at StartTime: out
        sim.Publish("inside", Hour.AddMinutes(10), Hour.AddMinutes(20));       // in
        sim.Publish("straddles-start", Hour.AddMinutes(-5), Hour.AddMinutes(5)); // in
        sim.Publish("starts-at-end", Hour.AddHours(1), Hour.AddHours(1.5));    // starts exactly at EndTime: out
        sim.Publish("covers", Hour.AddHours(-2), Hour.AddHours(1.2));          // in
        sim.Publish("live", Hour.AddMinutes(59), null);                        // still live: in

        var result = List(sim, ("StartTime", "2026-03-10T10:00:00Z"), ("EndTime", "2026-03-10T11:00:00Z"));

        Assert.Equal(["covers", "straddles-start", "inside", "live"], Streams(result));
        Assert.Equal(4, (int)result.Body!["TotalNum"]!);
    }

    [Fact]
    public void DescribeLiveStreamsPublishList_LiveSession_HasEmptyStopTimeAndEndedSessionHasIt()
    {
        using var sim = new SimulationHarness();
        sim.Publish("ended", Hour, Hour.AddMinutes(30));
        sim.Publish("live", Hour.AddMinutes(40), null);
        sim.Publish("ends-later", Hour.AddMinutes(50), SimulationHarness.DefaultNow.AddHours(1)); // still live now

        var items = Items(List(sim, ("StartTime", "2026-03-10T10:00:00Z"), ("EndTime", "2026-03-10T12:00:00Z")));

        Assert.Equal("2026-03-10T10:30:00Z", (string)items[0]["StopTime"]!);
        Assert.Equal("", (string)items[1]["StopTime"]!);
        Assert.Equal("", (string)items[2]["StopTime"]!);
        Assert.Equal("2026-03-10T10:40:00Z", (string)items[1]["PublishTime"]!);
        Assert.Equal("rtmp://example.com/liveApp/live", (string)items[1]["PublishUrl"]!);
    }

    [Fact]
    public void DescribeLiveStreamsPublishList_Paging_SplitsIntoPagesWithTotals()
    {
        using var sim = new SimulationHarness();
        for (var i = 0; i < 5; i++)
        {
            sim.Publish($"s{i}", Hour.AddMinutes(i), Hour.AddMinutes(i + 1));
        }

        var range = new[] { ("StartTime", "2026-03-10T10:00:00Z"), ("EndTime", "2026-03-10T11:00:00Z"), ("PageSize", "2") };
        var page1 = List(sim, [.. range, ("PageNumber", "1")]);
        var page3 = List(sim, [.. range, ("PageNumber", "3")]);
        var page4 = List(sim, [.. range, ("PageNumber", "4")]);

        Assert.Equal(["s0", "s1"], Streams(page1));
        Assert.Equal(["s4"], Streams(page3));
        Assert.Empty(Streams(page4));
        Assert.Equal(1, (int)page1.Body!["PageNum"]!);
        Assert.Equal(2, (int)page1.Body!["PageSize"]!);
        Assert.Equal(5, (int)page1.Body!["TotalNum"]!);
        Assert.Equal(3, (int)page1.Body!["TotalPage"]!);
    }

    [Fact]
    public void DescribeLiveStreamsPublishList_DefaultPaging_IsPageOneOf2000()
    {
        using var sim = new SimulationHarness();

        var result = List(sim, ("StartTime", "2026-03-10T10:00:00Z"), ("EndTime", "2026-03-10T11:00:00Z"));

        Assert.Equal(1, (int)result.Body!["PageNum"]!);
        Assert.Equal(2000, (int)result.Body!["PageSize"]!);
        Assert.Equal(0, (int)result.Body!["TotalPage"]!);
    }

    [Fact]
    public void DescribeLiveStreamsPublishList_StreamNameFilter_IsFuzzyByDefaultAndExactWhenStrict()
    {
        using var sim = new SimulationHarness();
        sim.Publish("camera", Hour, Hour.AddMinutes(1));
        sim.Publish("camera-2", Hour, Hour.AddMinutes(1));
        var range = new[] { ("StartTime", "2026-03-10T10:00:00Z"), ("EndTime", "2026-03-10T11:00:00Z"), ("StreamName", "camera") };

        Assert.Equal(["camera", "camera-2"], Streams(List(sim, range)).Order(StringComparer.Ordinal));
        Assert.Equal(["camera"], Streams(List(sim, [.. range, ("QueryType", "strict")])));
    }

    [Fact]
    public void DescribeLiveStreamsPublishList_OtherDomainOrApp_IsNotListed()
    {
        using var sim = new SimulationHarness();
        sim.Publish("mine", Hour, Hour.AddMinutes(1));
        sim.Publish("other-domain", Hour, Hour.AddMinutes(1), domain: "other.example.com");
        sim.Publish("other-app", Hour, Hour.AddMinutes(1), app: "otherApp");

        var result = List(sim, ("StartTime", "2026-03-10T10:00:00Z"), ("EndTime", "2026-03-10T11:00:00Z"), ("AppName", "liveApp"), ("QueryType", "strict"));

        Assert.Equal(["mine"], Streams(result));
    }

    [Fact]
    public void DescribeLiveStreamsPublishList_OrderBy_SortsAsAsked()
    {
        using var sim = new SimulationHarness();
        sim.Publish("b", Hour, Hour.AddMinutes(1));
        sim.Publish("a", Hour.AddMinutes(2), Hour.AddMinutes(3));
        var range = new[] { ("StartTime", "2026-03-10T10:00:00Z"), ("EndTime", "2026-03-10T11:00:00Z") };

        Assert.Equal(["b", "a"], Streams(List(sim, range)));
        Assert.Equal(["a", "b"], Streams(List(sim, [.. range, ("OrderBy", "publish_time_desc")])));
        Assert.Equal(["a", "b"], Streams(List(sim, [.. range, ("OrderBy", "stream_name_asc")])));
    }

    [Fact]
    public void DescribeLiveStreamsPublishList_StreamTypeRaw_NotADocumentedValue()
    {
        using var sim = new SimulationHarness();

        var result = List(sim, ("StartTime", "2026-03-10T10:00:00Z"), ("EndTime", "2026-03-10T11:00:00Z"), ("StreamType", "raw"));

        Assert.Equal("InvalidStreamType.Malformed", result.Error!.Code);
    }

    [Fact]
    public void DescribeLiveStreamsPublishList_SessionNotStartedYet_IsNotListed()
    {
        using var sim = new SimulationHarness();
        sim.Publish("soon", SimulationHarness.DefaultNow.AddMinutes(5), null);

        Assert.Empty(Streams(List(sim, ("StartTime", "2026-03-10T11:00:00Z"), ("EndTime", "2026-03-10T13:00:00Z"))));
        sim.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(["soon"], Streams(List(sim, ("StartTime", "2026-03-10T11:00:00Z"), ("EndTime", "2026-03-10T13:00:00Z"))));
    }

    [Theory]
    [InlineData("DomainName", "MissingDomainName")]
    [InlineData("StartTime", "MissingStartTime")]
    [InlineData("EndTime", "MissingEndTime")]
    public void DescribeLiveStreamsPublishList_RequiredParameterMissing_ReturnsMissingParameter(string parameter, string code)
    {
        using var sim = new SimulationHarness();
        var all = new Dictionary<string, string>
        {
            ["DomainName"] = TestConfigs.Domain, ["StartTime"] = "2026-03-10T10:00:00Z", ["EndTime"] = "2026-03-10T11:00:00Z",
        };
        all.Remove(parameter);

        var result = sim.Live("DescribeLiveStreamsPublishList", all.Select(p => (p.Key, p.Value)).ToArray());

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(400, result.Error?.Status);
    }

    [Theory]
    [InlineData("2026-03-10T11:00:00Z", "2026-03-10T10:00:00Z", "InvalidEndTime.Mismatch")]
    [InlineData("2026-02-01T00:00:00Z", "2026-03-03T00:00:01Z", "InvalidEndTime.Mismatch")]
    [InlineData("2026/03/10 10:00", "2026-03-10T11:00:00Z", "InvalidStartTime.Malformed")]
    [InlineData("2026-03-10T10:00:00Z", "soon", "InvalidEndTime.Malformed")]
    public void DescribeLiveStreamsPublishList_BadRange_ReturnsTimeError(string start, string end, string code)
    {
        using var sim = new SimulationHarness();

        Assert.Equal(code, List(sim, ("StartTime", start), ("EndTime", end)).Error?.Code);
    }

    [Theory]
    [InlineData("PageSize", "0", "InvalidPageSize.Malformed")]
    [InlineData("PageSize", "3001", "InvalidPageSize.Malformed")]
    [InlineData("PageNumber", "0", "InvalidPageNumber.Malformed")]
    [InlineData("QueryType", "exact", "InvalidQueryType.Malformed")]
    [InlineData("OrderBy", "random", "InvalidOrderBy.Malformed")]
    public void DescribeLiveStreamsPublishList_BadOption_ReturnsMalformed(string name, string value, string code)
    {
        using var sim = new SimulationHarness();

        Assert.Equal(code, List(sim, ("StartTime", "2026-03-10T10:00:00Z"), ("EndTime", "2026-03-10T11:00:00Z"), (name, value)).Error?.Code);
    }

    private static ActionResult List(SimulationHarness sim, params (string Name, string Value)[] parameters) =>
        sim.Live("DescribeLiveStreamsPublishList", [("DomainName", TestConfigs.Domain), .. parameters]);

    private static List<JsonObject> Items(ActionResult result)
    {
        Assert.Null(result.Error);
        return result.Body!["PublishInfo"]!["LiveStreamPublishInfo"]!.AsArray().Select(n => n!.AsObject()).ToList();
    }

    private static List<string> Streams(ActionResult result) => Items(result).Select(i => (string)i["StreamName"]!).ToList();
}
