using System.Net;
using System.Text;
using System.Text.Json;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.App.Tests.TestSupport;

namespace LiveFunctions.App.Tests.Hosting.Http;

public sealed class StandaloneHttpAdapterTests
{
    private static HttpEnvelopeFunction Callback(Action<HttpFunctionRequest> seen) =>
        new("test-callback", "callbacks/test/{Kind}", ["POST"], AuthLevel.Function, (request, context) =>
        {
            seen(request);
            context.Outputs.AddQueueMessage("work", new { Kind = request.Params["Kind"], request.Body });
            return ValueTask.FromResult(HttpFunctionResponse.Json(200, new { Queued = 1 }));
        }, [new QueueOutputBinding("work", "test-callbacks")]);

    [Fact]
    public async Task Post_StandaloneApiRoute_RunsTheSameFunctionAndWritesItsQueueOutput()
    {
        HttpFunctionRequest? seen = null;
        var writer = new RecordingQueueOutputWriter();
        await using var app = await TestApp.StartAsync(
            underHost: false, a => a.MapFunction(Callback(r => seen = r)), services: s => s.AddSingleton<IQueueOutputWriter>(writer));

        using var response = await app.Client.PostAsync(
            "/api/callbacks/test/snap?x=1", new StringContent("""{"event":"snapshot"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("Queued").GetInt32());
        var (queue, message) = Assert.Single(writer.Written);
        Assert.Equal("test-callbacks", queue);
        using var written = JsonDocument.Parse(message);
        Assert.Equal("snap", written.RootElement.GetProperty("Kind").GetString());
        Assert.Equal("""{"event":"snapshot"}""", written.RootElement.GetProperty("Body").GetString());
        Assert.Equal("1", seen!.Query["x"]);
        Assert.Equal($"127.0.0.1:{app.Port}", seen.GetHeader("Host"));
        Assert.Equal("/api/callbacks/test/snap", seen.Url.AbsolutePath);
    }

    [Fact]
    public async Task Post_QueueWriterFails_Answers500()
    {
        var writer = new RecordingQueueOutputWriter { Fail = true };
        await using var app = await TestApp.StartAsync(
            underHost: false, a => a.MapFunction(Callback(_ => { })), services: s => s.AddSingleton<IQueueOutputWriter>(writer));

        using var response = await app.Client.PostAsync("/api/callbacks/test/snap", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnderHost_ApiRouteIsNotServedByTheHandler()
    {
        // Under the host the callback arrives as an envelope on POST /test-callback; the host owns /api/callbacks/...
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(Callback(_ => { })));

        using var response = await app.Client.PostAsync("/api/callbacks/test/snap", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
