using System.Net;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Tests.OpenApi.Support;

namespace LiveFunctions.Core.Tests.OpenApi;

/// <summary>Which failures are retried, and how each retry is signed anew.</summary>
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
}
