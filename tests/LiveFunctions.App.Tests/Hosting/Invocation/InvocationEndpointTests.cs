using System.Net;
using System.Text.Json;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.App.Hosting.Timers;
using LiveFunctions.App.Tests.TestSupport;

namespace LiveFunctions.App.Tests.Hosting.Invocation;

public sealed class InvocationEndpointTests
{
    private static readonly QueueOutputBinding Work = new("work", "test-work");

    [Fact]
    public async Task Post_TimerWithNullScheduleStatusAndPastDue_InvokesWithParsedTimerInfo()
    {
        TimerInfo? seen = null;
        string? seenInvocation = null;
        var timer = new TimerFunction("test-timer", "TestTimerSchedule", "0 0 0 1 1 *", (info, context) =>
        {
            seen = info;
            seenInvocation = context.InvocationId;
            context.Log("planned 0 items");
            return ValueTask.CompletedTask;
        });
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(timer));

        var (response, body) = await Envelopes.PostAsync(app.Client, "test-timer", """
            {"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":true}},
             "Metadata":{"sys":{"MethodName":"test-timer","UtcNow":"2026-01-01T00:00:00Z","RandGuid":"2a7c6f0e-1111-2222-3333-444455556666"}}}
            """, invocationId: "inv-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Envelopes.AssertHostShape(response, body);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("ReturnValue").ValueKind);
        Assert.Equal("planned 0 items", body.GetProperty("Logs")[0].GetString());
        Assert.NotNull(seen);
        Assert.True(seen.IsPastDue);
        Assert.Null(seen.ScheduleStatus);
        Assert.True(seen.AdjustForDst);
        Assert.Equal("inv-1", seenInvocation);
    }

    [Fact]
    public async Task Post_TimerWithScheduleStatusAndOutputs_ParsesStatusAndReturnsQueueOutputs()
    {
        TimerInfo? seen = null;
        var timer = new TimerFunction("test-timer", "TestTimerSchedule", "0 0 0 1 1 *", (info, context) =>
        {
            seen = info;
            context.Outputs.AddQueueMessage("work", new { Stream = "a", Hour = 1 });
            context.Outputs.AddQueueMessage("work", new { Stream = "b", Hour = 1 });
            return ValueTask.CompletedTask;
        }, [Work]);
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(timer));

        var (response, body) = await Envelopes.PostAsync(app.Client, "test-timer", """
            {"Data":{"timer":{"Schedule":{"AdjustForDST":true},
              "ScheduleStatus":{"Last":"2026-01-01T00:00:00+00:00","Next":"2026-01-01T01:05:00+00:00","LastUpdated":"2026-01-01T00:00:01+00:00"},
              "IsPastDue":false}},
             "Metadata":{"sys":{"MethodName":"test-timer"}}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Envelopes.AssertHostShape(response, body);
        Assert.False(seen!.IsPastDue);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 1, 5, 0, TimeSpan.Zero), seen.ScheduleStatus!.Next);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), seen.ScheduleStatus.Last);
        var work = body.GetProperty("Outputs").GetProperty("work");
        Assert.Equal(JsonValueKind.Array, work.ValueKind);
        Assert.Equal("a", work[0].GetProperty("Stream").GetString());
        Assert.Equal("b", work[1].GetProperty("Stream").GetString());
    }

    [Fact]
    public async Task Post_QueueWithDoubleEncodedBodyAndQuotedMetadata_InvokesWithCleanValues()
    {
        QueueMessageInput? seen = null;
        var queue = new QueueFunction("test-executor", "test-work", (message, _) =>
        {
            seen = message;
            return ValueTask.CompletedTask;
        });
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(queue));

        var (response, body) = await Envelopes.PostAsync(app.Client, "test-executor", """
            {"Data":{"message":"\"{\\\"kind\\\":\\\"sync\\\",\\\"id\\\":42}\""},
             "Metadata":{"DequeueCount":"1","Id":"\"6f0c2b9e-aaaa\"","PopReceipt":"\"AgAAAAMAAAAAAAAA\"",
               "InsertionTime":"2026-01-01T10:00:00+00:00","ExpirationTime":"2026-01-08T10:00:00+00:00",
               "NextVisibleTime":"2026-01-01T10:10:00+00:00",
               "sys":{"MethodName":"test-executor","UtcNow":"2026-01-01T10:00:01Z","RandGuid":"x"}}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Envelopes.AssertHostShape(response, body);
        Assert.NotNull(seen);
        Assert.Equal("""{"kind":"sync","id":42}""", seen.Text);
        Assert.Equal(42, JsonDocument.Parse(seen.Text).RootElement.GetProperty("id").GetInt32());
        Assert.Equal("6f0c2b9e-aaaa", seen.Id);
        Assert.Equal("AgAAAAMAAAAAAAAA", seen.PopReceipt);
        Assert.Equal(1, seen.DequeueCount);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 10, 10, 0, TimeSpan.Zero), seen.NextVisibleTime);
        Assert.Equal(new DateTimeOffset(2026, 1, 8, 10, 0, 0, TimeSpan.Zero), seen.ExpirationTime);
    }

    [Fact]
    public async Task Post_QueueWithDocumentedSingleEncoding_InvokesWithSameValues()
    {
        QueueMessageInput? seen = null;
        var queue = new QueueFunction("test-executor", "test-work", (message, _) =>
        {
            seen = message;
            return ValueTask.CompletedTask;
        });
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(queue));

        var (response, _) = await Envelopes.PostAsync(app.Client, "test-executor", """
            {"Data":{"message":"{\"kind\":\"sync\",\"id\":42}"},
             "Metadata":{"DequeueCount":3,"Id":"6f0c2b9e-aaaa","PopReceipt":"AgAAAAMAAAAAAAAA"}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"kind":"sync","id":42}""", seen!.Text);
        Assert.Equal("6f0c2b9e-aaaa", seen.Id);
        Assert.Equal(3, seen.DequeueCount);
    }

    [Fact]
    public async Task Post_QueueFunctionThrows_AnswersNon2xxWithCompleteBody()
    {
        var queue = new QueueFunction("test-executor", "test-work",
            (_, _) => throw new InvalidOperationException("upstream refused"));
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(queue));

        var (response, body) = await Envelopes.PostAsync(app.Client, "test-executor", """
            {"Data":{"message":"{\"id\":1}"},"Metadata":{"DequeueCount":"1","Id":"\"m1\""}}
            """);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Envelopes.AssertHostShape(response, body);
        Assert.Contains("upstream refused", body.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_QueueFunctionThrowsAfterAddingOutputs_EmitsNoOutputs()
    {
        var queue = new QueueFunction("test-executor", "test-work", (_, context) =>
        {
            context.Outputs.AddQueueMessage("work", new { Id = 1 });
            throw new InvalidOperationException("late failure");
        }, [Work]);
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(queue));

        var (response, body) = await Envelopes.PostAsync(app.Client, "test-executor", """{"Data":{"message":"{}"},"Metadata":{}}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(body.GetProperty("Outputs").EnumerateObject());
    }

    [Fact]
    public async Task Post_TimerFunctionThrows_Answers200WithTheErrorInLogs()
    {
        var timer = new TimerFunction("test-timer", "TestTimerSchedule", "0 0 0 1 1 *", (_, _) => throw new TimeoutException("listing timed out"));
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(timer));

        var (response, body) = await Envelopes.PostAsync(app.Client, "test-timer", """{"Data":{"timer":{"IsPastDue":false}},"Metadata":{}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Envelopes.AssertHostShape(response, body);
        Assert.Contains("listing timed out", body.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    public async Task Post_BodyNotJson_Answers400WithCompleteBody(string payload)
    {
        var queue = new QueueFunction("test-executor", "test-work", (_, _) => ValueTask.CompletedTask);
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(queue));

        var (response, body) = await Envelopes.PostAsync(app.Client, "test-executor", payload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Envelopes.AssertHostShape(response, body);
    }

    [Theory]
    [InlineData("""{"Data":{},"Metadata":{}}""")]
    [InlineData("""[1,2]""")]
    public async Task Post_QueueEnvelopeWithoutMessage_Answers400(string payload)
    {
        var invoked = false;
        var queue = new QueueFunction("test-executor", "test-work", (_, _) =>
        {
            invoked = true;
            return ValueTask.CompletedTask;
        });
        await using var app = await TestApp.StartAsync(underHost: true, a => a.MapFunction(queue));

        var (response, body) = await Envelopes.PostAsync(app.Client, "test-executor", payload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Envelopes.AssertHostShape(response, body);
        Assert.False(invoked);
    }

    [Fact]
    public async Task Get_Root_Answers200()
    {
        await using var app = await TestApp.StartAsync(underHost: true, _ => { });

        using var response = await app.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownFunction_Answers404()
    {
        await using var app = await TestApp.StartAsync(underHost: true, _ => { });

        using var response = await app.Client.PostAsync("/no-such-function", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
