using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LiveFunctions.Core.Callbacks;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Delivery;
using LiveFunctions.Core.Callbacks.Parsing;
using LiveFunctions.Core.Callbacks.Queue;
using LiveFunctions.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LiveFunctions.Core.Tests.Callbacks.Delivery;

public sealed class SubscriberDeliveryTests
{
    private const string Secret = "subscriber-secret-0001";
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static SnapshotCallbackMessage Message()
    {
        var body = """{"event":"live_snapshot","domain":"example.com","app":"liveApp","stream":"liveStream","OssBucket":"b","OssObject":"s/1.jpg","time":1772359190}""";
        var authenticated = new CallbackAuthResult(true, CallbackAuthKey.Current, CallbackAuthFailure.None, "ok", "callbacks.example.com");
        return SnapshotCallbackMessages.Create(Encoding.UTF8.GetBytes(body), authenticated, Start.AddSeconds(-1));
    }

    /// <summary>The delivery service as the app builds it (AddSnapshotCallbacks), on a manual clock.</summary>
    private static (ServiceProvider Provider, SubscriberDelivery Delivery) Create(ManualTimeProvider time, int attempts = 3)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SnapshotCallbacks:DeliveryAttempts"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SnapshotCallbacks:DeliveryBaseDelay"] = "00:00:01",
            ["SnapshotCallbacks:DeliveryMaxDelay"] = "00:00:04",
            ["SnapshotCallbacks:SubscriberTimeout"] = "00:05:00",
        }).Build());
        services.AddLogging();
        services.AddSnapshotCallbacks();
        var provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<SubscriberDelivery>());
    }

    private static SnapshotSubscriberOptions Subscriber(Uri url, TimeSpan? timeout = null) =>
        new() { Name = "crm", Url = url, Secret = Secret, Timeout = timeout };

    /// <summary>Moves the manual clock a second at a time until the delivery ends, so every back-off elapses.</summary>
    private static async Task<T> PumpAsync<T>(ManualTimeProvider time, Task<T> task)
    {
        var realLimit = DateTime.UtcNow.AddSeconds(30);
        while (!task.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < realLimit, "the delivery did not finish");
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        return await task;
    }

    [Fact]
    public async Task DeliverAsync_SubscriberAnswers200_DeliversOnceWithASignedJsonBody()
    {
        await using var listener = new WebhookListener(_ => (204, null));
        var time = new ManualTimeProvider(Start);
        var (provider, delivery) = Create(time);
        using var _ = provider;
        var message = Message();

        var result = await delivery.DeliverAsync(Subscriber(listener.Url), message);

        Assert.Equal(new SubscriberDeliveryResult("crm", true, 1, 204, null), result);
        var request = Assert.Single(listener.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), request.Body));
        Assert.Equal(expected, request.Signature);
        Assert.Equal(message.DedupeKey, request.DedupeKey);

        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        Assert.Equal("live.snapshot", root.GetProperty("Type").GetString());
        Assert.Equal(message.DedupeKey, root.GetProperty("DedupeKey").GetString());
        Assert.Equal(message.ReceivedAt, root.GetProperty("ReceivedAt").GetDateTimeOffset());
        Assert.Equal(Start, root.GetProperty("SentAt").GetDateTimeOffset());
        Assert.True(root.GetProperty("Authenticated").GetBoolean());
        var snapshot = root.GetProperty("Snapshot");
        Assert.Equal("liveStream", snapshot.GetProperty("StreamName").GetString());
        Assert.Equal("s/1.jpg", snapshot.GetProperty("OssObject").GetString());
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1772359190), snapshot.GetProperty("SnapshotTime").GetDateTimeOffset());
    }

    [Fact]
    public async Task DeliverAsync_FailureThenSuccess_RetriesAfterTheBackoff()
    {
        await using var listener = new WebhookListener(n => n == 1 ? (500, null) : (200, null));
        var time = new ManualTimeProvider(Start);
        var (provider, delivery) = Create(time);
        using var _ = provider;

        var result = await PumpAsync(time, delivery.DeliverAsync(Subscriber(listener.Url), Message()));

        Assert.Equal(new SubscriberDeliveryResult("crm", true, 2, 200, null), result);
        Assert.Equal(2, listener.Requests.Count);
        Assert.All(listener.Requests, r => Assert.True(SubscriberSignature.Verify(Secret, r.Body, r.Signature)));
    }

    [Fact]
    public async Task DeliverAsync_AlwaysUnavailable_GivesUpAfterTheConfiguredAttempts()
    {
        await using var listener = new WebhookListener(_ => (503, null));
        var time = new ManualTimeProvider(Start);
        var (provider, delivery) = Create(time, attempts: 3);
        using var _ = provider;

        var result = await PumpAsync(time, delivery.DeliverAsync(Subscriber(listener.Url), Message()));

        Assert.Equal(new SubscriberDeliveryResult("crm", false, 3, 503, "HTTP 503"), result);
        Assert.Equal(3, listener.Requests.Count);
    }

    [Fact]
    public async Task DeliverAsync_ClientError_IsNotRetried()
    {
        await using var listener = new WebhookListener(_ => (400, null));
        var time = new ManualTimeProvider(Start);
        var (provider, delivery) = Create(time);
        using var _ = provider;

        var result = await delivery.DeliverAsync(Subscriber(listener.Url), Message());

        Assert.Equal(new SubscriberDeliveryResult("crm", false, 1, 400, "HTTP 400"), result);
    }

    [Fact]
    public async Task DeliverAsync_Redirect_IsNotFollowed()
    {
        await using var target = new WebhookListener(_ => (200, null));
        await using var listener = new WebhookListener(_ => (307, target.Url.ToString()));
        var time = new ManualTimeProvider(Start);
        var (provider, delivery) = Create(time);
        using var _ = provider;

        var result = await delivery.DeliverAsync(Subscriber(listener.Url), Message());

        Assert.False(result.Delivered);
        Assert.Equal(307, result.StatusCode);
        Assert.Empty(target.Requests);
    }

    [Fact]
    public async Task DeliverAsync_SubscriberNeverAnswers_TimesOutEachAttemptOnTheClock()
    {
        await using var listener = new WebhookListener(_ => null);
        var time = new ManualTimeProvider(Start);
        var (provider, delivery) = Create(time, attempts: 2);
        using var _ = provider;
        var timeout = TimeSpan.FromSeconds(30);

        var task = delivery.DeliverAsync(Subscriber(listener.Url, timeout), Message());
        await listener.WaitForRequestsAsync(1);
        time.Advance(timeout);
        while (listener.Requests.Count < 2)
        {
            // The back-off (at most DeliveryMaxDelay) elapses a second at a time until the second attempt arrives.
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        Assert.False(task.IsCompleted);
        time.Advance(timeout);
        var result = await task.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.False(result.Delivered);
        Assert.Equal(2, result.Attempts);
        Assert.Null(result.StatusCode);
        Assert.Equal("timed out after 00:00:30", result.Failure);
    }

    [Fact]
    public async Task DeliverAsync_NothingListening_ReportsAConnectionFailureWithoutTheUrl()
    {
        var time = new ManualTimeProvider(Start);
        var (provider, delivery) = Create(time, attempts: 2);
        using var _ = provider;
        var url = new Uri($"http://127.0.0.1:{FreePort.Next()}/hook?token=secret-token");

        var result = await PumpAsync(time, delivery.DeliverAsync(Subscriber(url), Message()));

        Assert.False(result.Delivered);
        Assert.Equal(2, result.Attempts);
        Assert.StartsWith("request failed", result.Failure, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_SeveralSubscribers_ReportsEachInOrder()
    {
        await using var good = new WebhookListener(_ => (200, null));
        await using var bad = new WebhookListener(_ => (404, null));
        var time = new ManualTimeProvider(Start);
        var (provider, delivery) = Create(time);
        using var _ = provider;
        SnapshotSubscriberOptions[] subscribers =
        [
            new() { Name = "good", Url = good.Url, Secret = Secret },
            new() { Name = "bad", Url = bad.Url, Secret = "another-secret-0002" },
        ];

        var results = await delivery.DeliverAsync(subscribers, Message());

        Assert.Equal(["good", "bad"], results.Select(r => r.Subscriber));
        Assert.Equal([true, false], results.Select(r => r.Delivered));
        Assert.True(SubscriberSignature.Verify("another-secret-0002", bad.Requests[0].Body, bad.Requests[0].Signature));
        Assert.False(SubscriberSignature.Verify(Secret, bad.Requests[0].Body, bad.Requests[0].Signature));
    }

    [Fact]
    public async Task DeliverAsync_CancelledByTheCaller_Throws()
    {
        await using var listener = new WebhookListener(_ => null);
        var time = new ManualTimeProvider(Start);
        var (provider, delivery) = Create(time);
        using var _ = provider;
        using var cancel = new CancellationTokenSource();

        var task = delivery.DeliverAsync(Subscriber(listener.Url), Message(), cancel.Token);
        await listener.WaitForRequestsAsync(1);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
    }

    [Fact]
    public async Task DeliverAsync_NotUnderstoodMessage_IsRefused()
    {
        var time = new ManualTimeProvider(Start);
        var (provider, delivery) = Create(time);
        using var _ = provider;
        var message = Message() with { Understood = false, Snapshot = null };

        await Assert.ThrowsAsync<ArgumentException>(() => delivery.DeliverAsync(Subscriber(new Uri("http://127.0.0.1:1/")), message));
    }
}
