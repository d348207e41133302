using LiveFunctions.Emulator.Simulation.Recording;
using LiveFunctions.Emulator.Simulation.Streams;

namespace LiveFunctions.Emulator.Tests.Simulation.Recording;

public sealed class SegmentPlannerTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void StartingIn_LongPastSession_CoversItWithSliceLongSegmentsWithoutWalkingFromTheStart()
    {
        var session = Session(Start, Start.AddDays(20));
        var plan = Plan(slice: 10);

        var segments = SegmentPlanner.StartingIn(session, plan, Start.AddDays(21), Start.AddDays(19), Start.AddDays(19).AddMinutes(1)).ToList();

        Assert.Equal(6, segments.Count);
        Assert.Equal(Start.AddDays(19), segments[0].Start);
        Assert.Equal(19 * 8640, segments[0].Sequence);
        Assert.All(segments, s => Assert.Equal(TimeSpan.FromSeconds(10), s.Duration));
    }

    [Fact]
    public void StartingIn_LiveSession_StopsAtTheLastCompletedSegment()
    {
        var session = Session(Start, null);

        var segments = SegmentPlanner.StartingIn(session, Plan(), Start.AddSeconds(89), Start, DateTimeOffset.MaxValue).ToList();

        Assert.Equal([0, 1], segments.Select(s => s.Sequence));
    }

    [Fact]
    public void StartingIn_EndedSession_CutsTheLastSegmentAtTheStopTime()
    {
        var session = Session(Start, Start.AddSeconds(70));

        var segments = SegmentPlanner.StartingIn(session, Plan(), Start.AddHours(1), Start, DateTimeOffset.MaxValue).ToList();

        Assert.Equal([30.0, 30.0, 10.0], segments.Select(s => s.Duration.TotalSeconds));
    }

    [Fact]
    public void SegmentKey_DefaultPrefix_ExpandsVariablesAndAddsTs()
    {
        var key = SegmentPlanner.SegmentKey(RecordingPlan.DefaultSlicePrefix, Session(Start, null), Start.AddSeconds(30), 1);

        Assert.Equal($"record/liveApp/stream1/{Start.AddSeconds(30).ToUnixTimeSeconds()}_1.ts", key);
    }

    [Fact]
    public void Classify_ConfigShapes_GiveTheRecordingKind()
    {
        Assert.Equal(RecordingKind.None, SegmentPlanner.Classify(null, out _));
        Assert.Equal(RecordingKind.FlvOrMp4Only, SegmentPlanner.Classify(TestConfigs.Record(format: "flv"), out _));
        Assert.Equal(RecordingKind.Segments, SegmentPlanner.Classify(TestConfigs.Record(format: "cmaf"), out var plan));
        Assert.Equal(RecordingPlan.DefaultSlicePrefix, plan!.SlicePrefix);
    }

    private static PublishSession Session(DateTimeOffset start, DateTimeOffset? end) =>
        new("s1", TestConfigs.Domain, TestConfigs.App, "stream1", start, end);

    private static RecordingPlan Plan(int slice = 30)
    {
        Assert.Equal(RecordingKind.Segments, SegmentPlanner.Classify(TestConfigs.Record(slice: slice), out var plan));
        return plan!;
    }
}
