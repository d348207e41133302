using System.Globalization;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Tests.Simulation.TranscodeJobs;

/// <summary>Wire values of ICE job parameters (JSON strings, as the SDK sends them).</summary>
internal static class TranscodeJobTestData
{
    public const string StreamInput = """{"InputUrl":"rtmp://mydomain/app/stream1","Type":"rtmp"}""";
    public const string TranscodeOutput = """{"DomainName":"mydomain","Type":"LiveCenter"}""";

    public static string Timed(DateTimeOffset start, DateTimeOffset end) =>
        $$"""{"EndTime":"{{Wire(end)}}","StartTime":"{{Wire(start)}}"}""";

    public static string Wire(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static ActionResult Submit(SimulationHarness sim, int startMode, string? timedConfig = null, string name = "job")
    {
        var parameters = new List<(string, string)>
        {
            ("Name", name), ("StartMode", startMode.ToString(CultureInfo.InvariantCulture)), ("TemplateId", "tpl-sd"),
            ("StreamInput", StreamInput), ("TranscodeOutput", TranscodeOutput),
        };
        if (timedConfig is not null)
        {
            parameters.Add(("TimedConfig", timedConfig));
        }

        return sim.Ice("SubmitLiveTranscodeJob", [.. parameters]);
    }

    public static string SubmitOk(SimulationHarness sim, int startMode, string? timedConfig = null, string name = "job")
    {
        var result = Submit(sim, startMode, timedConfig, name);
        Assert.Null(result.Error);
        return (string)result.Body!["JobId"]!;
    }

    public static int Status(SimulationHarness sim, string jobId) =>
        (int)sim.Ice("GetLiveTranscodeJob", ("JobId", jobId)).Body!["Job"]!["Status"]!;
}
