using System.Net;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Tests.OpenApi.Support;

namespace LiveFunctions.Core.Tests.OpenApi;

/// <summary>Which failures are retried, how each retry is signed anew, and the attempt, time and cancellation bounds.</summary>
public sealed class AlibabaClientRetryTests
{
    [Fact]
    public async Task SendAsync_ThrottlingUserThenSuccess_RetriesWithNewNonceDateAndSignature()
    {
        var harness = ClientHarness.Create();
        harness.Stub.Enqueue((_, _) =>
        {
            harness.Time.Advance(TimeSpan.FromSeconds(2)); // the first answer takes two seconds
            return Task.FromResult(Testing.StubHttpMessageHandler.Response(HttpStatusCode.BadRequest, ClientHarness.ErrorBody("Throttling.User")));
        });
        harness.EnqueueOk("REQ-2");

        var response = await harness.SendAsync();

        Assert.Equal("REQ-2", response.RequestId);
        var (first, second) = (harness.Stub.Requests[0], harness.Stub.Requests[1]);
        Assert.Equal(2, harness.Stub.Requests.Count);
        Assert.Equal("nonce-1", first.Header("x-acs-signature-nonce"));
        Assert.Equal("nonce-2", second.Header("x-acs-signature-nonce"));
        Assert.Equal("2024-05-01T08:00:00Z", first.Header("x-acs-date"));
        Assert.Equal("2024-05-01T08:00:02Z", second.Header("x-acs-date"));
        Assert.NotEqual(first.Header("Authorization"), second.Header("Authorization"));
        Assert.Equal(SignatureCheck.ExpectedV3Authorization(second, "testid", "testsecret"), second.Header("Authorization"));
        Assert.Equal(first.Query, second.Query);
    }

    [Fact]
    public async Task SendAsync_V1Retry_SignsWithNewNonceAndSignature()
    {
        var harness = ClientHarness.Create(o => o.SignatureVersion = AlibabaSignatureVersion.V1);
        harness.EnqueueError(HttpStatusCode.BadRequest, "Throttling.Api");
        harness.EnqueueOk();

        await harness.SendAsync();

        var (first, second) = (harness.Stub.Requests[0], harness.Stub.Requests[1]);
        Assert.Equal("nonce-1", first.QueryValue("SignatureNonce"));
        Assert.Equal("nonce-2", second.QueryValue("SignatureNonce"));
        Assert.NotEqual(first.QueryValue("Signature"), second.QueryValue("Signature"));
        Assert.Equal(SignatureCheck.ExpectedV1Signature(second, "testsecret"), second.QueryValue("Signature"));
    }

    [Fact]
    public async Task SendAsync_ServiceUnavailable503ThenSuccess_IsRetried()
    {
        var harness = ClientHarness.Create();
        harness.EnqueueError(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        harness.EnqueueOk();

        await harness.SendAsync();

        Assert.Equal(2, harness.Stub.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "Throttling")]
    [InlineData(HttpStatusCode.BadRequest, "Throttling.User")]
    [InlineData(HttpStatusCode.BadRequest, "Throttling.Api")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable")]
    [InlineData(HttpStatusCode.InternalServerError, "InternalError")]
    [InlineData(HttpStatusCode.InternalServerError, "SomeUnknownFailure")]
    [InlineData(HttpStatusCode.BadGateway, "Whatever")]
    [InlineData(HttpStatusCode.GatewayTimeout, "Whatever")]
    public async Task SendAsync_TransientError_IsRetriedUntilSuccess(HttpStatusCode status, string code)
    {
        var harness = ClientHarness.Create();
        harness.EnqueueError(status, code);
        harness.EnqueueError(status, code);
        harness.EnqueueOk();

        var response = await harness.SendAsync();

        Assert.Equal("REQ-OK", response.RequestId);
        Assert.Equal(3, harness.Stub.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_HtmlBadGateway_IsRetriedOnStatus()
    {
        var harness = ClientHarness.Create();
        harness.Stub.Enqueue(HttpStatusCode.BadGateway, "<html>bad gateway</html>", "text/html");
        harness.EnqueueOk();

        await harness.SendAsync();

        Assert.Equal(2, harness.Stub.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "SignatureDoesNotMatch")]
    [InlineData(HttpStatusCode.BadRequest, "IncompleteSignature")]
    [InlineData(HttpStatusCode.NotFound, "InvalidAccessKeyId.NotFound")]
    [InlineData(HttpStatusCode.BadRequest, "InvalidAccessKeyId.Inactive")]
    [InlineData(HttpStatusCode.BadRequest, "InvalidTimeStamp.Expired")]
    [InlineData(HttpStatusCode.BadRequest, "InvalidTimeStamp.Format")]
    [InlineData(HttpStatusCode.BadRequest, "SignatureNonceUsed")]
    [InlineData(HttpStatusCode.BadRequest, "MissingDomainName")]
    [InlineData(HttpStatusCode.BadRequest, "ConfigAlreadyExists")]
    [InlineData(HttpStatusCode.Forbidden, "Forbidden")]
    [InlineData(HttpStatusCode.TooManyRequests, "TooMany")]
    [InlineData(HttpStatusCode.InternalServerError, "SignatureDoesNotMatch")]
    public async Task SendAsync_NonTransientError_IsSentExactlyOnce(HttpStatusCode status, string code)
    {
        var harness = ClientHarness.Create();
        harness.EnqueueError(status, code);
        harness.EnqueueOk();

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync());

        Assert.Equal(code, e.Code);
        Assert.Equal((int)status, e.StatusCode);
        Assert.Equal(1, e.Attempts);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task SendAsync_NetworkFailureThenSuccess_IsRetried()
    {
        var harness = ClientHarness.Create();
        harness.Stub.EnqueueException(new HttpRequestException("Connection reset by peer"));
        harness.EnqueueOk();

        await harness.SendAsync();

        Assert.Equal(2, harness.Stub.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_TimeoutThenSuccess_IsRetried()
    {
        var harness = ClientHarness.Create(o => o.AttemptTimeout = TimeSpan.FromSeconds(2));
        harness.Stub.EnqueueHang();
        harness.EnqueueOk();

        var call = harness.SendAsync();
        await harness.Time.WhenTimerCreatedAsync(TimeSpan.FromSeconds(2));
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await call;

        Assert.Equal(2, harness.Stub.Requests.Count);
    }

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
