using System.Net;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Tests.OpenApi.Support;

namespace LiveFunctions.Core.Tests.OpenApi;

/// <summary>How answers that are not a success become <see cref="AlibabaApiException"/>.</summary>
public sealed class AlibabaClientErrorTests
{
    private static ClientHarness SingleAttempt() => ClientHarness.Create(o => o.Retry.MaxAttempts = 1);

    [Fact]
    public async Task SendAsync_ErrorBody_BecomesExceptionWithEveryField()
    {
        var harness = SingleAttempt();
        harness.Stub.Enqueue(
            HttpStatusCode.BadRequest,
            """{"RequestId":"9736ED45-A72D","Message":"Request was denied due to user flow control.","Recommend":"https://next.api.aliyun.com/troubleshoot?q=Throttling.User","HostId":"live.aliyuncs.com","Code":"Throttling.User"}""",
            "application/json; charset=UTF-8",
            ("x-acs-retry-after", "1500"));

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync());

        Assert.Equal(400, e.StatusCode);
        Assert.Equal("Throttling.User", e.Code);
        Assert.Equal("9736ED45-A72D", e.RequestId);
        Assert.Equal("live.aliyuncs.com", e.HostId);
        Assert.Equal("https://next.api.aliyun.com/troubleshoot?q=Throttling.User", e.Recommend);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), e.RetryAfter);
        Assert.True(e.WasSent);
        Assert.True(e.IsThrottling);
        Assert.Equal(1, e.Attempts);
        Assert.Empty(e.ValidationErrors);
        Assert.Equal("DescribeTestThing failed: HTTP 400 Throttling.User: Request was denied due to user flow control. (RequestId 9736ED45-A72D)", e.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("soon")]
    [InlineData("")]
    public async Task SendAsync_UnusableRetryAfter_IsIgnored(string header)
    {
        var harness = SingleAttempt();
        harness.EnqueueError(HttpStatusCode.BadRequest, "Throttling", ("x-acs-retry-after", header));

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync());

        Assert.Null(e.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_NonJsonErrorBody_GivesHttpErrorWithStatusAndBodyStart()
    {
        var harness = SingleAttempt();
        harness.Stub.Enqueue(HttpStatusCode.BadGateway, "<html><body>\n<h1>502 Bad Gateway</h1></body></html>", "text/html");

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync());

        Assert.Equal(502, e.StatusCode);
        Assert.Equal("HttpError", e.Code);
        Assert.Null(e.RequestId);
        Assert.Contains("HTTP 502", e.Message, StringComparison.Ordinal);
        Assert.Contains("text/html", e.Message, StringComparison.Ordinal);
        Assert.Contains("<h1>502 Bad Gateway</h1>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_JsonErrorWithoutCode_GivesHttpError()
    {
        var harness = SingleAttempt();
        harness.Stub.Enqueue(HttpStatusCode.Forbidden, """{"error":"denied"}""");

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync());

        Assert.Equal(403, e.StatusCode);
        Assert.Equal("HttpError", e.Code);
    }

    [Fact]
    public async Task SendAsync_LowerCaseErrorFields_AreRead()
    {
        var harness = SingleAttempt();
        harness.Stub.Enqueue(HttpStatusCode.NotFound, """{"code":"InvalidDomain.NotFound","message":"The domain does not exist.","requestId":"R-1"}""");

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync());

        Assert.Equal("InvalidDomain.NotFound", e.Code);
        Assert.Equal("R-1", e.RequestId);
        Assert.Contains("The domain does not exist.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SuccessStatusWithNonJsonBody_GivesInvalidResponseAndIsNotRetried()
    {
        var harness = ClientHarness.Create();
        harness.Stub.Enqueue(HttpStatusCode.OK, "<Response>xml</Response>", "text/xml");

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync());

        Assert.Equal(200, e.StatusCode);
        Assert.Equal("InvalidResponse", e.Code);
        Assert.Contains("not JSON", e.Message, StringComparison.Ordinal);
        Assert.Contains("<Response>xml</Response>", e.Message, StringComparison.Ordinal);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task SendAsync_JsonTheOperationCannotRead_GivesInvalidResponseWithTheCause()
    {
        var harness = ClientHarness.Create();
        harness.Stub.Enqueue(HttpStatusCode.OK, """{"Value":"no request id"}""");

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync());

        Assert.Equal("InvalidResponse", e.Code);
        Assert.IsType<KeyNotFoundException>(e.InnerException);
        Assert.Single(harness.Stub.Requests);
    }

    [Fact]
    public async Task SendAsync_NetworkFailure_GivesStatusZeroNetworkError()
    {
        var harness = SingleAttempt();
        harness.Stub.EnqueueException(new HttpRequestException("Connection refused (live.aliyuncs.com:443)"));

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync());

        Assert.Equal(0, e.StatusCode);
        Assert.Equal("NetworkError", e.Code);
        Assert.True(e.WasSent);
        Assert.IsType<HttpRequestException>(e.InnerException);
        Assert.Contains("Connection refused", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_AttemptTimeout_GivesStatusZeroTimeout()
    {
        var harness = ClientHarness.Create(o => (o.Retry.MaxAttempts, o.AttemptTimeout) = (1, TimeSpan.FromSeconds(3)));
        harness.Stub.EnqueueHang();

        var call = harness.SendAsync();
        await harness.Time.WhenTimerCreatedAsync(TimeSpan.FromSeconds(3));
        harness.Time.Advance(TimeSpan.FromSeconds(3));
        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => call);

        Assert.Equal(0, e.StatusCode);
        Assert.Equal("Timeout", e.Code);
        Assert.Contains("within 3000 ms", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Success_ReturnsTheParsedResponse()
    {
        var harness = ClientHarness.Create();
        harness.Stub.Enqueue(HttpStatusCode.OK, """{"RequestId":"R-42","Value":"hello"}""");

        var response = await harness.SendAsync();

        Assert.Equal(new TestResponse("R-42", "hello"), response);
    }

    [Fact]
    public async Task SendAsync_NotFoundForAnyOperation_ThrowsWithoutRetry()
    {
        var harness = ClientHarness.Create();
        harness.EnqueueError(HttpStatusCode.NotFound, "InvalidApi.NotFound");

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.Client.SendAsync(new RawOperation(AlibabaProduct.Live, "X"), []));

        Assert.Equal(404, e.StatusCode);
        Assert.Equal("InvalidApi.NotFound", e.Code);
        Assert.Equal("REQ-ERR", e.RequestId);
        Assert.Single(harness.Stub.Requests);
    }
}
