using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Simulation.ObjectStorage;
using LiveFunctions.Emulator.Simulation.RecordIndex;
using LiveFunctions.Emulator.Simulation.Snapshots;
using LiveFunctions.Emulator.Simulation.Streams;
using LiveFunctions.Emulator.Simulation.TranscodeJobs;
using static LiveFunctions.Emulator.Tests.Simulation.TranscodeJobs.TranscodeJobTestData;

namespace LiveFunctions.Emulator.Tests.Simulation;

public sealed class SimulationModuleTests
{
    private static readonly DateTimeOffset SessionStart = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RegisterActions_RegistersTheLiveAndIceOperations()
    {
        using var sim = new SimulationHarness();

        var actions = sim.Actions.Actions.ToHashSet();

        Assert.Contains(("2016-11-01", "DescribeLiveStreamsPublishList"), actions);
        Assert.Contains(("2016-11-01", "DescribeLiveStreamsOnlineList"), actions);
        Assert.Contains(("2016-11-01", "CreateLiveStreamRecordIndexFiles"), actions);
        Assert.Contains(("2016-11-01", "DescribeLiveStreamRecordIndexFiles"), actions);
        Assert.Contains(("2016-11-01", "DescribeLiveStreamSnapshotInfo"), actions);
        Assert.Contains(("2020-11-09", "SubmitLiveTranscodeJob"), actions);
        Assert.Contains(("2020-11-09", "UpdateLiveTranscodeJob"), actions);
        Assert.Contains(("2020-11-09", "GetLiveTranscodeJob"), actions);
        Assert.Contains(("2020-11-09", "ListLiveTranscodeJobs"), actions);
    }

    [Fact]
    public void Reset_EveryResettable_ClearsSessionsObjectsIndexesSnapshotsAndJobs()
    {
        using var sim = Populated(out _);

        foreach (var state in sim.Get<IEnumerable<IResettable>>())
        {
            state.Reset();
        }

        Assert.Empty(sim.Get<StreamSessionStore>().All());
        Assert.False(sim.Get<ObjectStore>().Exists(TestConfigs.Bucket, "index/a.m3u8"));
        Assert.Empty(sim.Get<RecordIndexStore>().ForStream(TestConfigs.Domain, TestConfigs.App, "stream1"));
        Assert.Empty(sim.Get<SnapshotStore>().ForStream(TestConfigs.Domain, TestConfigs.App, "stream1"));
        Assert.Empty(sim.Get<TranscodeJobStore>().All());
    }

    [Fact]
    public void PersistentState_SavedAndLoadedIntoAFreshEmulator_KeepsEverything()
    {
        using var source = Populated(out var jobId);
        var saved = source.Get<IEnumerable<IPersistentState>>().ToDictionary(s => s.Name, s => s.Save().ToJsonString());

        using var target = new SimulationHarness();
        foreach (var state in target.Get<IEnumerable<IPersistentState>>())
        {
            state.Load(System.Text.Json.Nodes.JsonNode.Parse(saved[state.Name])!);
        }

        Assert.Equal(saved.Keys.Order(StringComparer.Ordinal), target.Get<IEnumerable<IPersistentState>>().Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal(source.Get<StreamSessionStore>().All(), target.Get<StreamSessionStore>().All());
        Assert.Equal(source.Get<ObjectStore>().Get(TestConfigs.Bucket, "index/a.m3u8"), target.Get<ObjectStore>().Get(TestConfigs.Bucket, "index/a.m3u8"));
        Assert.Equal(source.Get<RecordIndexStore>().ForStream(TestConfigs.Domain, TestConfigs.App, "stream1"), target.Get<RecordIndexStore>().ForStream(TestConfigs.Domain, TestConfigs.App, "stream1"));
        Assert.Equal(source.Get<SnapshotStore>().ForStream(TestConfigs.Domain, TestConfigs.App, "stream1"), target.Get<SnapshotStore>().ForStream(TestConfigs.Domain, TestConfigs.App, "stream1"));
        Assert.Equal(source.Get<TranscodeJobStore>().Find(jobId), target.Get<TranscodeJobStore>().Find(jobId));
        Assert.Equal(1, target.Get<SnapshotStore>().NextSequence(TestConfigs.Domain, TestConfigs.App, "stream1"));
    }

    private static SimulationHarness Populated(out string jobId)
    {
        var sim = new SimulationHarness();
        sim.Configs.SetRecord(TestConfigs.Record());
        sim.Publish("stream1", SessionStart, SessionStart.AddMinutes(10));
        var index = sim.Live("CreateLiveStreamRecordIndexFiles",
            ("DomainName", TestConfigs.Domain), ("AppName", TestConfigs.App), ("StreamName", "stream1"), ("OssEndpoint", TestConfigs.Endpoint),
            ("OssBucket", TestConfigs.Bucket), ("OssObject", "index/a.m3u8"), ("StartTime", "2026-03-10T10:00:00Z"), ("EndTime", "2026-03-10T10:05:00Z"));
        Assert.Null(index.Error);
        Assert.NotNull(sim.Get<SnapshotTaker>().Take(TestConfigs.Snapshot(callback: null), TestConfigs.App, "stream1", SessionStart));
        jobId = SubmitOk(sim, 1, Timed(SimulationHarness.DefaultNow.AddHours(1), SimulationHarness.DefaultNow.AddHours(2)));
        return sim;
    }
}
