using LiveFunctions.Emulator.Simulation.Snapshots;

namespace LiveFunctions.Emulator.Tests.Simulation.Snapshots;

public sealed class DescribeLiveStreamSnapshotInfoActionTests
{
    [Fact]
    public void DescribeLiveStreamSnapshotInfo_HalfOpenRangeAndDescOrder_ListsSnapshotsInside()
    {
        using var sim = new SimulationHarness();
        var store = sim.Get<SnapshotStore>();
        var at = new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);
        foreach (var offset in new[] { -1, 0, 10, 20, 60 })
        {
            store.Add(new SnapshotRecord(TestConfigs.Domain, TestConfigs.App, "cam1", TestConfigs.Endpoint, TestConfigs.Bucket, $"s/{offset}.jpg", at.AddSeconds(offset), false));
        }

        var result = sim.Live("DescribeLiveStreamSnapshotInfo",
            ("DomainName", TestConfigs.Domain), ("AppName", TestConfigs.App), ("StreamName", "cam1"),
            ("StartTime", "2026-03-10T10:00:00Z"), ("EndTime", "2026-03-10T10:01:00Z"), ("Order", "desc"));

        Assert.Null(result.Error);
        var objects = result.Body!["LiveStreamSnapshotInfoList"]!["LiveStreamSnapshotInfo"]!.AsArray().Select(n => (string)n!["OssObject"]!);
        Assert.Equal(["s/20.jpg", "s/10.jpg", "s/0.jpg"], objects);
        Assert.Equal("", (string)result.Body!["NextStartTime"]!);
    }

    [Theory]
    [InlineData("2026-03-10T10:00:00Z", "2026-03-11T10:00:01Z", "Limit", "10", "InvalidEndTime.Mismatch")]
    [InlineData("2026-03-10T10:00:00Z", "2026-03-10T09:00:00Z", "Limit", "10", "InvalidEndTime.Mismatch")]
    [InlineData("2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z", "Limit", "101", "InvalidLimit.Malformed")]
    [InlineData("2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z", "Order", "newest", "InvalidOrder.Malformed")]
    public void DescribeLiveStreamSnapshotInfo_BadParameters_ReturnError(string start, string end, string name, string value, string code)
    {
        using var sim = new SimulationHarness();

        var result = sim.Live("DescribeLiveStreamSnapshotInfo",
            ("DomainName", TestConfigs.Domain), ("AppName", TestConfigs.App), ("StreamName", "cam1"), ("StartTime", start), ("EndTime", end), (name, value));

        Assert.Equal(code, result.Error?.Code);
    }
}
