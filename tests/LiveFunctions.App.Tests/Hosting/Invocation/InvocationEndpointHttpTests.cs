using System.Net;
using System.Text.Json;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.App.Tests.TestSupport;

namespace LiveFunctions.App.Tests.Hosting.Invocation;

/// <summary>Envelope HTTP functions invoked by the host: Data.req in, Outputs.res and queue outputs back.</summary>
public sealed class InvocationEndpointHttpTests
{
    private static readonly QueueOutputBinding Work = new("work", "test-work");

    [Fact]
    public async Task Post_EnvelopeHttpFunction_ReturnsOutputsResAndQueueOutput()
    {
        HttpFunctionRequest? seen = null;
        var callback = new HttpEnvelopeFunction("test-callback", "callbacks/test/{Kind}", ["POST"], AuthLevel.Function, (request, context) =>
        {
            seen = request;
            context.Outputs.AddQueueMessage("work", new { Body = request.Body });
            return ValueTask.FromResult(HttpFunctionResponse.Json(202, new { Accepted = true }));
        }, [Work]);
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(callback));

        var (response, body) = await Envelopes.PostAsync(app.Client, "test-callback", """
            {"Data":{"req":{"Url":"https://lf.azurewebsites.net/api/callbacks/test/snap?code=k&x=1","Method":"POST",
               "Query":"{}","Headers":{"Content-Type":["application/json"],"ALIYUN-LIVE-TIMESTAMP":["1700000000"]},
               "Params":{"Kind":"snap"},"Body":"{\"event\":\"snapshot\"}"}},
             "Metadata":{"sys":{"MethodName":"test-callback"}}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Envelopes.AssertHostShape(response, body);
        var res = body.GetProperty("Outputs").GetProperty("res");
        Assert.Equal(202, res.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/json; charset=utf-8", res.GetProperty("headers").GetProperty("Content-Type").GetString());
        Assert.True(JsonDocument.Parse(res.GetProperty("body").GetString()!).RootElement.GetProperty("Accepted").GetBoolean());
        var work = body.GetProperty("Outputs").GetProperty("work");
        Assert.Equal(JsonValueKind.Object, work.ValueKind);
        Assert.Equal("""{"event":"snapshot"}""", work.GetProperty("Body").GetString());

        Assert.NotNull(seen);
        Assert.Equal("POST", seen.Method);
        Assert.Equal("lf.azurewebsites.net", seen.Url.Host);
        Assert.Empty(seen.Query);
        Assert.Equal("1700000000", seen.GetHeader("aliyun-live-timestamp"));
        Assert.Equal("snap", seen.Params["kind"]);
    }

    [Fact]
    public async Task Post_EnvelopeHttpFunctionQueryAsObject_ReadsQuery()
    {
        HttpFunctionRequest? seen = null;
        var callback = new HttpEnvelopeFunction("test-callback", "callbacks/test", ["POST"], AuthLevel.Function, (request, _) =>
        {
            seen = request;
            return ValueTask.FromResult(HttpFunctionResponse.Empty(204));
        }, [Work]);
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(callback));

        var (response, body) = await Envelopes.PostAsync(app.Client, "test-callback", """
            {"Data":{"req":{"Url":"http://localhost/api/callbacks/test?x=1","Method":"post","Query":{"x":"1"},"Headers":{"Host":"localhost"}}}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(204, body.GetProperty("Outputs").GetProperty("res").GetProperty("statusCode").GetInt32());
        Assert.False(body.GetProperty("Outputs").TryGetProperty("work", out _));
        Assert.Equal("1", seen!.Query["x"]);
        Assert.Equal("POST", seen.Method);
        Assert.Equal("localhost", seen.GetHeader("host"));
        Assert.Null(seen.Body);
    }

    [Fact]
    public async Task Post_EnvelopeHttpFunctionThrows_ReturnsRes500AndNoQueueOutput()
    {
        var callback = new HttpEnvelopeFunction("test-callback", "callbacks/test", ["POST"], AuthLevel.Function, (_, context) =>
        {
            context.Outputs.AddQueueMessage("work", new { A = 1 });
            throw new InvalidOperationException("bad");
        }, [Work]);
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(callback));

        var (response, body) = await Envelopes.PostAsync(app.Client, "test-callback", """{"Data":{"req":{"Url":"http://h/api/callbacks/test","Method":"POST"}}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(500, body.GetProperty("Outputs").GetProperty("res").GetProperty("statusCode").GetInt32());
        Assert.False(body.GetProperty("Outputs").TryGetProperty("work", out _));
    }
}
