using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace LiveFunctions.Emulator.Tests.Support;

/// <summary>The developer endpoints the HTTP-level tests use, over the emulator's real port.</summary>
public static class DeveloperCalls
{
    /// <summary><c>POST /_emulator/streams</c>: a publishing session (no end = still live); asserts 201.</summary>
    public static async Task PublishAsync(this RunningEmulator emulator, string domain, string app, string stream, DateTimeOffset start, DateTimeOffset? end = null)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var body = new JsonObject
        {
            ["DomainName"] = domain,
            ["AppName"] = app,
            ["StreamName"] = stream,
            ["StartTime"] = ParameterSets.Wire(start),
        };
        if (end is { } stop)
        {
            body["EndTime"] = ParameterSets.Wire(stop);
        }

        using var response = await emulator.Http.PostAsJsonAsync("/_emulator/streams", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary><c>GET /_emulator/requests</c>: the request log, oldest first.</summary>
    public static async Task<JsonArray> RequestLogAsync(this RunningEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return (await emulator.Http.GetFromJsonAsync<JsonArray>("/_emulator/requests"))!;
    }
}
