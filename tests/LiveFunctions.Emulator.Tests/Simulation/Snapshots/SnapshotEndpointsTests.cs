using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace LiveFunctions.Emulator.Tests.Simulation.Snapshots;

public sealed class SnapshotEndpointsTests
{
    [Fact]
    public async Task PostSnapshotCallbacks_ConfiguredStream_SendsOneCallbackNowAndAnswersWhatWasSent()
    {
        await using var server = await SimulationServer.StartAsync();
        await using var receiver = await CallbackReceiver.StartAsync(server.Clock);
        server.Configs.SetSnapshot(TestConfigs.Snapshot(receiver.Url.ToString()));
        server.Configs.SetSnapshotNotify("http://unused.example.com/", auth: true, "abcdefgh12345678");

        using var response = await Fire(server, new JsonObject { ["DomainName"] = TestConfigs.Domain, ["AppName"] = TestConfigs.App, ["StreamName"] = "cam1" });

        Assert.Equal(200, (int)response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var received = await receiver.NextAsync();
        Assert.Equal(200, (int)answer["StatusCode"]!);
        Assert.True((bool)answer["Signed"]!);
        Assert.Equal(JsonNode.Parse(received.Body)!.ToJsonString(), answer["Body"]!.ToJsonString());
        Assert.Equal("cam1", (string)answer["Body"]!["stream"]!);
        Assert.Equal(receiver.Url.GetLeftPart(UriPartial.Path), (string)answer["Url"]!);
        Assert.True((bool)answer["Deliveries"]![0]!["Delivered"]!);
        Assert.True(received.Headers.ContainsKey("ALI-LIVE-SIGNATURE"));
        Assert.False(receiver.TryTake(out _));
    }

    [Fact]
    public async Task PostSnapshotCallbacks_DuplicateSwitchedOn_SendsTheSameCallbackTwice()
    {
        await using var server = await SimulationServer.StartAsync();
        await using var receiver = await CallbackReceiver.StartAsync(server.Clock);
        server.Configs.SetSnapshot(TestConfigs.Snapshot(receiver.Url.ToString()));
        using var switched = await server.Http.PutAsJsonAsync(new Uri("/_emulator/snapshot-callbacks/duplicate", UriKind.Relative), new JsonObject { ["Enabled"] = true });

        using var response = await Fire(server, new JsonObject { ["DomainName"] = TestConfigs.Domain, ["AppName"] = TestConfigs.App, ["StreamName"] = "cam1" });

        Assert.Equal(200, (int)switched.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, answer["Deliveries"]!.AsArray().Count);
        var first = await receiver.NextAsync();
        var second = await receiver.NextAsync();
        Assert.Equal(first.Body, second.Body);
    }

    [Fact]
    public async Task PostSnapshotCallbacks_DuplicateInBody_OverridesTheSwitchOnce()
    {
        await using var server = await SimulationServer.StartAsync();
        await using var receiver = await CallbackReceiver.StartAsync(server.Clock);
        server.Configs.SetSnapshot(TestConfigs.Snapshot(receiver.Url.ToString()));

        using var twice = await Fire(server, new JsonObject { ["DomainName"] = TestConfigs.Domain, ["AppName"] = TestConfigs.App, ["StreamName"] = "cam1", ["Duplicate"] = true });
        using var once = await Fire(server, new JsonObject { ["DomainName"] = TestConfigs.Domain, ["AppName"] = TestConfigs.App, ["StreamName"] = "cam1" });

        Assert.Equal(2, (await twice.Content.ReadFromJsonAsync<JsonObject>())!["Deliveries"]!.AsArray().Count);
        Assert.Single((await once.Content.ReadFromJsonAsync<JsonObject>())!["Deliveries"]!.AsArray());
    }

    [Fact]
    public async Task PostSnapshotCallbacks_NoSnapshotConfig_Returns404()
    {
        await using var server = await SimulationServer.StartAsync();

        using var response = await Fire(server, new JsonObject { ["DomainName"] = TestConfigs.Domain, ["AppName"] = TestConfigs.App, ["StreamName"] = "cam1" });

        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task PostSnapshotCallbacks_NoCallbackUrlAnywhere_Returns400()
    {
        await using var server = await SimulationServer.StartAsync();
        server.Configs.SetSnapshot(TestConfigs.Snapshot(callback: null));

        using var response = await Fire(server, new JsonObject { ["DomainName"] = TestConfigs.Domain, ["AppName"] = TestConfigs.App, ["StreamName"] = "cam1" });

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("MissingCallback", (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["Code"]!);
    }

    private static Task<HttpResponseMessage> Fire(SimulationServer server, JsonObject body) =>
        server.Http.PostAsJsonAsync(new Uri("/_emulator/snapshot-callbacks", UriKind.Relative), body);
}
