using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace LiveFunctions.Emulator.Tests.Simulation.Streams;

public sealed class StreamEndpointsTests
{
    [Fact]
    public async Task PostStreams_PastAndLiveSessions_AreListedByGetWithLiveFlag()
    {
        await using var server = await SimulationServer.StartAsync();

        using var past = await Post(server, "/_emulator/streams", Session("past", "2026-03-10T08:00:00Z", "2026-03-10T09:00:00Z"));
        using var live = await Post(server, "/_emulator/streams", Session("live", "2026-03-10T11:00:00+00:00", null));
        var listed = await server.Http.GetFromJsonAsync<JsonArray>(new Uri("/_emulator/streams", UriKind.Relative));

        Assert.Equal(201, (int)past.StatusCode);
        Assert.Equal(201, (int)live.StatusCode);
        Assert.Equal(2, listed!.Count);
        Assert.Equal("past", (string)listed[0]!["StreamName"]!);
        Assert.Equal("2026-03-10T09:00:00Z", (string)listed[0]!["EndTime"]!);
        Assert.False((bool)listed[0]!["Live"]!);
        Assert.Equal("live", (string)listed[1]!["StreamName"]!);
        Assert.Null(listed[1]!["EndTime"]);
        Assert.True((bool)listed[1]!["Live"]!);
        Assert.False(string.IsNullOrEmpty((string)listed[1]!["Id"]!));
    }

    [Fact]
    public async Task PostStreams_OverlappingSessionOfSameStream_Returns409()
    {
        await using var server = await SimulationServer.StartAsync();
        using var first = await Post(server, "/_emulator/streams", Session("s", "2026-03-10T08:00:00Z", null));

        using var clash = await Post(server, "/_emulator/streams", Session("s", "2026-03-10T09:00:00Z", "2026-03-10T09:30:00Z"));

        Assert.Equal(409, (int)clash.StatusCode);
        Assert.Equal("SessionOverlaps", (string)(await clash.Content.ReadFromJsonAsync<JsonObject>())!["Code"]!);
    }

    [Theory]
    [InlineData(null, "2026-03-10T08:00:00Z", null)]
    [InlineData("s", "not a time", null)]
    [InlineData("s", "2026-03-10T08:00:00Z", "2026-03-10T07:00:00Z")]
    public async Task PostStreams_InvalidBody_Returns400(string? stream, string start, string? end)
    {
        await using var server = await SimulationServer.StartAsync();

        using var response = await Post(server, "/_emulator/streams", Session(stream, start, end));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("InvalidSession", (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["Code"]!);
    }

    [Fact]
    public async Task PostStreamsStop_LiveSession_EndsItNow()
    {
        await using var server = await SimulationServer.StartAsync();
        using var live = await Post(server, "/_emulator/streams", Session("s", "2026-03-10T11:00:00Z", null));
        server.Clock.Advance(TimeSpan.FromMinutes(10));

        using var stopped = await Post(server, "/_emulator/streams/stop", Session("s", null, null));
        using var again = await Post(server, "/_emulator/streams/stop", Session("s", null, null));

        Assert.Equal(200, (int)stopped.StatusCode);
        var body = await stopped.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("2026-03-10T12:10:00Z", (string)body!["EndTime"]!);
        Assert.False((bool)body["Live"]!);
        Assert.Equal(404, (int)again.StatusCode);
    }

    private static JsonObject Session(string? stream, string? start, string? end)
    {
        var body = new JsonObject { ["DomainName"] = TestConfigs.Domain, ["AppName"] = TestConfigs.App, ["StreamName"] = stream };
        if (start is not null)
        {
            body["StartTime"] = start;
        }

        if (end is not null)
        {
            body["EndTime"] = end;
        }

        return body;
    }

    private static Task<HttpResponseMessage> Post(SimulationServer server, string path, JsonObject body) =>
        server.Http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
}
