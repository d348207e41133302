using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using LiveFunctions.App.Functions.SnapshotCallback;
using LiveFunctions.App.Tests.Functions.SnapshotCallback;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Delivery;
using LiveFunctions.Core.Callbacks.Queue;
using LiveFunctions.Testing;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Functions.SnapshotProcessor;

/// <summary><c>snapshot-processor</c> invoked the way the Functions host invokes a queue function, on a real Azurite.</summary>
[Collection(SnapshotAzuriteCollection.Name)]
public sealed class SnapshotProcessorFunctionTests(AzuriteFixture azurite)
{
    private readonly string _stream = "stream-" + Guid.NewGuid().ToString("N")[..12];

    private async Task<(TestApp App, StubHttpMessageHandler Subscriber)> StartAsync(HttpStatusCode subscriberAnswer)
    {
        var subscriber = new StubHttpMessageHandler((_, _) => Task.FromResult(StubHttpMessageHandler.Response(subscriberAnswer, "{}")));
        var app = await TestApp.StartAsync(underHost: true, a => a.MapSnapshotFunctions(), new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["SnapshotCallbacks:DeliveryAttempts"] = "1",
            ["SnapshotCallbacks:Subscribers:0:Name"] = "crm",
            ["SnapshotCallbacks:Subscribers:0:Url"] = "http://crm.test/hook",
            ["SnapshotCallbacks:Subscribers:0:Secret"] = "crm-secret-0123456789",
        }, services =>
        {
            services.AddSnapshotFunctions();
            services.AddHttpClient(SubscriberDelivery.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => subscriber);
        });
        return (app, subscriber);
    }

    private string Message()
    {
        var body = $$"""{"domain":"example.com","app":"liveApp","stream":"{{_stream}}","OssObject":"s/1.jpg","time":1772359190}""";
        var auth = new CallbackAuthResult(true, CallbackAuthKey.Current, CallbackAuthFailure.None, "ok", "callbacks.example.com");
        return SnapshotCallbackMessageJson.Serialize(SnapshotCallbackMessages.Create(Encoding.UTF8.GetBytes(body), auth, DateTimeOffset.UtcNow));
    }

    private static string Envelope(string text, int dequeueCount) => Envelopes.Queue("snapshot-processor", text, dequeueCount);

    [Fact]
    public async Task Invoke_MessageThenItsDuplicate_BothSucceedAndTheSubscriberGetsItOnce()
    {
        var (app, subscriber) = await StartAsync(HttpStatusCode.OK);
        await using var _ = app;
        var text = Message();

        var (first, _) = await Envelopes.PostAsync(app.Client, "snapshot-processor", Envelope(text, 1));
        var (second, _) = await Envelopes.PostAsync(app.Client, "snapshot-processor", Envelope(text, 1));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var delivered = Assert.Single(subscriber.Requests);
        Assert.True(SubscriberSignature.Verify("crm-secret-0123456789", Encoding.UTF8.GetBytes(delivered.Body), delivered.Header(SubscriberSignature.HeaderName)));
    }

    [Fact]
    public async Task Invoke_SubscriberFailing_FailsTheInvocationWithTheReasonSoTheQueueRetries()
    {
        var (app, _) = await StartAsync(HttpStatusCode.ServiceUnavailable);
        await using var _app = app;

        var (response, body) = await Envelopes.PostAsync(app.Client, "snapshot-processor", Envelope(Message(), 1));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Envelopes.AssertHostShape(response, body);
        Assert.Contains(body.GetProperty("Logs").EnumerateArray(), l => l.GetString()!.Contains("crm (HTTP 503)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_LastAttemptFailing_LogsThePoisonReasonAsAnError()
    {
        var (app, _) = await StartAsync(HttpStatusCode.ServiceUnavailable);
        await using var _app = app;
        var logs = new CapturedLogs();
        app.App.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);

        var (response, _) = await Envelopes.PostAsync(app.Client, "snapshot-processor", Envelope(Message(), 5));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var poisoned = Assert.Single(logs.Lines, l => l.EventId == 7312);
        Assert.Equal(LogLevel.Error, poisoned.Level);
        Assert.Contains("crm (HTTP 503)", poisoned.Message, StringComparison.Ordinal);
        Assert.Contains("snapshot-callbacks-poison", poisoned.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains("crm-secret", StringComparison.Ordinal) || l.Message.Contains("crm.test", StringComparison.Ordinal));
    }
}
