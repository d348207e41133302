using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Tests.Simulation.RecordIndex;

/// <summary>
/// Calls of CreateLiveStreamRecordIndexFiles for the rule tests. Now is 2026-03-10T12:00:00Z; the recorded session
/// ran 10:00–10:10 with 30 s segments; the valid call asks for [10:01, 10:03).
/// </summary>
internal static class CreateIndexCalls
{
    public static readonly DateTimeOffset SessionStart = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    public static SimulationHarness Recorded(string format = "m3u8", int slice = 30, int onDemand = 0, string? startTime = null, string? endTime = null)
    {
        var sim = new SimulationHarness();
        sim.Configs.SetRecord(TestConfigs.Record(format: format, slice: slice, onDemand: onDemand, startTime: startTime, endTime: endTime));
        sim.Publish("stream1", SessionStart, SessionStart.AddMinutes(10));
        return sim;
    }

    public static Dictionary<string, string> Valid() => new(StringComparer.Ordinal)
    {
        ["DomainName"] = TestConfigs.Domain,
        ["AppName"] = TestConfigs.App,
        ["StreamName"] = "stream1",
        ["OssEndpoint"] = TestConfigs.Endpoint,
        ["OssBucket"] = TestConfigs.Bucket,
        ["OssObject"] = "index/stream.m3u8",
        ["StartTime"] = "2026-03-10T10:01:00Z",
        ["EndTime"] = "2026-03-10T10:03:00Z",
    };

    public static Dictionary<string, string> Without(string parameter)
    {
        var values = Valid();
        values.Remove(parameter);
        return values;
    }

    public static Dictionary<string, string> With(string parameter, string value)
    {
        var values = Valid();
        values[parameter] = value;
        return values;
    }

    public static ActionResult Create(SimulationHarness sim, Dictionary<string, string>? values = null, params (string Name, string Value)[] more)
    {
        var all = values ?? Valid();
        foreach (var (name, value) in more)
        {
            all[name] = value;
        }

        return sim.Live("CreateLiveStreamRecordIndexFiles", all.Select(p => (p.Key, p.Value)).ToArray());
    }

    public static void AssertError(ActionResult result, int status, string code)
    {
        Assert.NotNull(result.Error);
        Assert.Equal(code, result.Error.Code);
        Assert.Equal(status, result.Error.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
    }
}
