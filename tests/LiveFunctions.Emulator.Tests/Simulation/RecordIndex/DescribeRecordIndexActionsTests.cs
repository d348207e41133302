namespace LiveFunctions.Emulator.Tests.Simulation.RecordIndex;

public sealed class DescribeRecordIndexActionsTests
{
    private static readonly DateTimeOffset SessionStart = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DescribeLiveStreamRecordIndexFiles_AfterCreates_ListsOverlappingIndexesWithPaging()
    {
        using var sim = Recorded();
        var ids = new[] { "10:00:00", "10:02:00", "10:04:00", "10:06:00", "10:08:00", "10:09:00" }
            .Select(start => Create(sim, start, start == "10:09:00" ? "10:10:00" : Plus2(start))).ToList();

        var page1 = Describe(sim, ("StartTime", "2026-03-10T10:01:00Z"), ("EndTime", "2026-03-10T11:00:00Z"), ("PageSize", "5"));
        var page2 = Describe(sim, ("StartTime", "2026-03-10T10:01:00Z"), ("EndTime", "2026-03-10T11:00:00Z"), ("PageSize", "5"), ("PageNum", "2"));

        Assert.Null(page1.Error);
        Assert.Equal(6, (int)page1.Body!["TotalNum"]!);
        Assert.Equal(2, (int)page1.Body!["TotalPage"]!);
        Assert.Equal("asc", (string)page1.Body!["Order"]!);
        var first = page1.Body!["RecordIndexInfoList"]!["RecordIndexInfo"]!.AsArray();
        Assert.Equal(ids.Take(5), first.Select(r => (string)r!["RecordId"]!));
        Assert.Equal("m3u8", (string)first[0]!["Format"]!);
        Assert.Equal([ids[5]], page2.Body!["RecordIndexInfoList"]!["RecordIndexInfo"]!.AsArray().Select(r => (string)r!["RecordId"]!));
    }

    [Fact]
    public void DescribeLiveStreamRecordIndexFiles_RangeBeyondFourDays_ReturnsInvalidEndTimeMismatch()
    {
        using var sim = Recorded();

        var result = Describe(sim, ("StartTime", "2026-03-01T00:00:00Z"), ("EndTime", "2026-03-05T00:00:01Z"));

        Assert.Equal("InvalidEndTime.Mismatch", result.Error?.Code);
    }

    [Fact]
    public void DescribeLiveStreamRecordIndexFile_ByRecordId_ReturnsTheIndexOrNotFound()
    {
        using var sim = Recorded();
        var id = Create(sim, "10:00:00", "10:02:00");

        var found = sim.Live("DescribeLiveStreamRecordIndexFile", ("DomainName", TestConfigs.Domain), ("AppName", TestConfigs.App), ("StreamName", "stream1"), ("RecordId", id));
        var missing = sim.Live("DescribeLiveStreamRecordIndexFile", ("DomainName", TestConfigs.Domain), ("AppName", TestConfigs.App), ("StreamName", "stream1"), ("RecordId", Guid.NewGuid().ToString()));

        Assert.Equal(120.0, (double)found.Body!["RecordIndexInfo"]!["Duration"]!);
        Assert.Equal("InvalidRecordId.NotFound", missing.Error?.Code);
    }

    private static SimulationHarness Recorded()
    {
        var sim = new SimulationHarness();
        sim.Configs.SetRecord(TestConfigs.Record());
        sim.Publish("stream1", SessionStart, SessionStart.AddMinutes(10));
        return sim;
    }

    private static string Plus2(string time) => TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture).AddMinutes(2).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static string Create(SimulationHarness sim, string from, string to)
    {
        var result = sim.Live("CreateLiveStreamRecordIndexFiles",
            ("DomainName", TestConfigs.Domain), ("AppName", TestConfigs.App), ("StreamName", "stream1"), ("OssEndpoint", TestConfigs.Endpoint),
            ("OssBucket", TestConfigs.Bucket), ("OssObject", $"index/{from.Replace(':', '-')}.m3u8"),
            ("StartTime", $"2026-03-10T{from}Z"), ("EndTime", $"2026-03-10T{to}Z"));
        Assert.Null(result.Error);
        return (string)result.Body!["RecordInfo"]!["RecordId"]!;
    }

    private static LiveFunctions.Emulator.Protocol.ActionResult Describe(SimulationHarness sim, params (string, string)[] parameters) =>
        sim.Live("DescribeLiveStreamRecordIndexFiles", [("DomainName", TestConfigs.Domain), ("AppName", TestConfigs.App), ("StreamName", "stream1"), .. parameters]);
}
