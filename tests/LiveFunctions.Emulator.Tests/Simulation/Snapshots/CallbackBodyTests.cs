using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Simulation;
using LiveFunctions.Emulator.Simulation.Snapshots;

namespace LiveFunctions.Emulator.Tests.Simulation.Snapshots;

public sealed class CallbackBodyTests
{
    private static readonly SnapshotRecord Snapshot = new(
        "example.com", "liveApp", "liveStream", "oss-cn-shanghai.aliyuncs.com", "live-bucket",
        "snapshot/liveApp/liveStream/1519375990.jpg", DateTimeOffset.FromUnixTimeSeconds(1519375990), IsOverlay: false);

    [Fact]
    public void Render_DefaultTemplate_GivesTheDocumentedShape()
    {
        var body = CallbackBody.Render(SimulationOptions.DefaultCallbackTemplate, lowerCaseKeys: false, Snapshot);

        Assert.Equal(
            """{"event":"live_snapshot","domain":"example.com","app":"liveApp","stream":"liveStream","OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"live-bucket","OssObject":"snapshot/liveApp/liveStream/1519375990.jpg","time":1519375990}""",
            body.ToJsonString());
    }

    [Fact]
    public void Render_LowerCaseKeys_LowerCasesEveryName()
    {
        var body = CallbackBody.Render(SimulationOptions.DefaultCallbackTemplate, lowerCaseKeys: true, Snapshot);

        Assert.Equal(["event", "domain", "app", "stream", "ossendpoint", "ossbucket", "ossobject", "time"], body.Select(p => p.Key));
    }

    [Fact]
    public void Render_CustomTemplate_FillsPlaceholdersAnywhereAndKeepsLiterals()
    {
        var body = CallbackBody.Render("""{"Event":"$event","Source":"emulator","Object":{"Path":"$OssObject","At":"$time"},"Tags":["$stream"]}""", false, Snapshot);

        Assert.Equal("live_snapshot", (string)body["Event"]!);
        Assert.Equal("emulator", (string)body["Source"]!);
        Assert.Equal(Snapshot.OssObject, (string)body["Object"]!["Path"]!);
        Assert.Equal(1519375990, (long)body["Object"]!["At"]!);
        Assert.Equal("liveStream", (string)body["Tags"]![0]!);
    }

    [Fact]
    public void SimulationOptionsValidator_TemplateNotAJsonObject_Fails()
    {
        var options = new SimulationOptions { SnapshotCallbackTemplate = "[1,2]" };

        Assert.True(new SimulationOptionsValidator().Validate(null, options).Failed);
        Assert.True(JsonNode.Parse(SimulationOptions.DefaultCallbackTemplate) is JsonObject);
    }
}
