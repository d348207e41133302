using System.Net;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Tests.OpenApi.Support;

namespace LiveFunctions.Core.Tests.OpenApi;

/// <summary>The bounds of retrying: attempts, back-off, retry-after, total time and caller cancellation.</summary>
public sealed class AlibabaClientRetryBoundsTests
{
    [Fact]
    public async Task SendAsync_AlwaysFailing_StopsAtMaxAttempts()
    {
        var harness = ClientHarness.Create(o => o.Retry.MaxAttempts = 3, stub: new Testing.StubHttpMessageHandler(
            (_, _) => Task.FromResult(Testing.StubHttpMessageHandler.Response(HttpStatusCode.ServiceUnavailable, ClientHarness.ErrorBody("ServiceUnavailable")))));

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync());

        Assert.Equal(3, harness.Stub.Requests.Count);
        Assert.Equal(3, e.Attempts);
        Assert.Equal("ServiceUnavailable", e.Code);
        Assert.EndsWith("(gave up after 3 attempts)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_MaxAttemptsOne_DoesNotRetry()
    {
        var harness = ClientHarness.Create(o => o.Retry.MaxAttempts = 1);
        harness.EnqueueError(HttpStatusCode.BadRequest, "Throttling.User");
        harness.EnqueueOk();

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync());

        Assert.Equal("Throttling.User", e.Code);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task SendAsync_BackOff_IsExponentialWithJitterUpToMaxDelay()
    {
        var harness = ClientHarness.Create(
            o => (o.Retry.MaxAttempts, o.Retry.BaseDelay, o.Retry.MaxDelay, o.Retry.MaxElapsed) = (5, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(300), TimeSpan.FromMinutes(1)),
            jitter: 0.5);
        for (var i = 0; i < 4; i++)
        {
            harness.EnqueueError(HttpStatusCode.BadRequest, "Throttling");
        }

        harness.EnqueueOk();

        var call = harness.SendAsync();
        foreach (var (wait, occurrence) in new[] { (50, 1), (100, 1), (150, 1), (150, 2) })
        {
            await harness.Time.WhenTimerCreatedAsync(TimeSpan.FromMilliseconds(wait), occurrence);
            harness.Time.Advance(TimeSpan.FromMilliseconds(wait));
        }

        await call;
        Assert.Equal(5, harness.Stub.Requests.Count);
        var backOffs = harness.Time.CreatedTimers.Where(t => t < TimeSpan.FromSeconds(1));
        Assert.Equal([50, 100, 150, 150], backOffs.Select(t => t.TotalMilliseconds));
    }

    [Fact]
    public async Task SendAsync_RetryAfterHeader_IsHonouredAsTheWait()
    {
        var harness = ClientHarness.Create(o => o.Retry.MaxDelay = TimeSpan.FromMilliseconds(500));
        var sentAt = new List<DateTimeOffset>();
        harness.Stub.Enqueue((_, _) =>
        {
            sentAt.Add(harness.Time.GetUtcNow());
            return Task.FromResult(Testing.StubHttpMessageHandler.Response(
                HttpStatusCode.BadRequest, ClientHarness.ErrorBody("Throttling.User"), "application/json", ("x-acs-retry-after", "1500")));
        });
        harness.Stub.Enqueue((_, _) =>
        {
            sentAt.Add(harness.Time.GetUtcNow());
            return Task.FromResult(Testing.StubHttpMessageHandler.Response(HttpStatusCode.OK, ClientHarness.OkBody()));
        });

        var call = harness.SendAsync();
        await harness.Time.WhenTimerCreatedAsync(TimeSpan.FromMilliseconds(1500));
        Assert.Single(harness.Stub.Requests);
        harness.Time.Advance(TimeSpan.FromMilliseconds(1500));
        await call;

        Assert.Equal([ClientHarness.Start, ClientHarness.Start.AddMilliseconds(1500)], sentAt);
    }

    [Fact]
    public async Task SendAsync_RetryAfterBeyondTheTimeBudget_GivesUpWithRetryAfter()
    {
        var harness = ClientHarness.Create(o => o.Retry.MaxElapsed = TimeSpan.FromSeconds(5));
        harness.EnqueueError(HttpStatusCode.BadRequest, "Throttling.User", ("x-acs-retry-after", "60000"));
        harness.EnqueueOk();

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync());

        Assert.Single(harness.Stub.Requests);
        Assert.Equal(TimeSpan.FromMinutes(1), e.RetryAfter);
        Assert.Contains("limit of the call", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_TotalTimeBound_StopsRetryingBeforeTheLimit()
    {
        var harness = ClientHarness.Create(
            o => (o.Retry.MaxAttempts, o.Retry.BaseDelay, o.Retry.MaxDelay, o.Retry.MaxElapsed) = (10, TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(1)),
            stub: new Testing.StubHttpMessageHandler(
                (_, _) => Task.FromResult(Testing.StubHttpMessageHandler.Response(HttpStatusCode.ServiceUnavailable, ClientHarness.ErrorBody("ServiceUnavailable")))),
            jitter: 1.0);

        var call = harness.SendAsync();
        for (var retry = 1; retry <= 2; retry++)
        {
            await harness.Time.WhenTimerCreatedAsync(TimeSpan.FromMilliseconds(400), retry);
            harness.Time.Advance(TimeSpan.FromMilliseconds(400));
        }

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => call);

        // Attempts at 0, 0.4 s and 0.8 s; a third wait would end at 1.2 s, past the 1 s limit.
        Assert.Equal(3, harness.Stub.Requests.Count);
        Assert.Equal(3, e.Attempts);
        Assert.Contains("limit of the call", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ClockPassesTheLimitDuringBackOff_GivesUpWithTheLastError()
    {
        var harness = ClientHarness.Create(
            o => (o.Retry.BaseDelay, o.Retry.MaxDelay, o.Retry.MaxElapsed) = (TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(1)),
            jitter: 1.0);
        harness.EnqueueError(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        harness.EnqueueOk();

        var call = harness.SendAsync();
        await harness.Time.WhenTimerCreatedAsync(TimeSpan.FromMilliseconds(400));
        harness.Time.Advance(TimeSpan.FromSeconds(1)); // the back-off wakes late, at the limit
        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => call);

        Assert.Equal("ServiceUnavailable", e.Code);
        Assert.Single(harness.Stub.Requests);
        Assert.Contains("limit of the call passed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_HungAttempt_IsCutAtTheRemainingTimeBudget()
    {
        var harness = ClientHarness.Create(o => (o.AttemptTimeout, o.Retry.MaxElapsed) = (TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1)));
        harness.Stub.EnqueueHang();
        harness.EnqueueOk();

        var call = harness.SendAsync();
        await harness.Time.WhenTimerCreatedAsync(TimeSpan.FromSeconds(1));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => call);

        Assert.Equal("Timeout", e.Code);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task SendAsync_CallerCancelsDuringAttempt_ThrowsOperationCanceledWithoutRetry()
    {
        var harness = ClientHarness.Create();
        harness.Stub.EnqueueHang();
        harness.EnqueueOk();
        using var cancellation = new CancellationTokenSource();

        var call = harness.SendAsync(cancellationToken: cancellation.Token);
        await harness.Stub.WhenRequestCountAsync(1);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task SendAsync_CallerCancelsDuringBackOff_ThrowsOperationCanceledWithoutRetry()
    {
        var harness = ClientHarness.Create(o => o.Retry.BaseDelay = TimeSpan.FromSeconds(1), jitter: 1.0);
        harness.EnqueueError(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        harness.EnqueueOk();
        using var cancellation = new CancellationTokenSource();

        var call = harness.SendAsync(cancellationToken: cancellation.Token);
        await harness.Time.WhenTimerCreatedAsync(TimeSpan.FromSeconds(1));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task SendAsync_AlreadyCancelledToken_SendsNothing()
    {
        var harness = ClientHarness.Create();
        harness.EnqueueOk();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.SendAsync(cancellationToken: new CancellationToken(canceled: true)));

        Assert.Empty(harness.Stub.Requests);
    }
}
