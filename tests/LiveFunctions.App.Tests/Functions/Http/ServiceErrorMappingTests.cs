using LiveFunctions.App.Functions.Http;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.App.Tests.Functions.Http;

public sealed class ServiceErrorMappingTests
{
    private static AlibabaApiException Sent(int status, string code, string? requestId = "SVC-1", TimeSpan? retryAfter = null, int attempts = 1) =>
        new(status, code, $"{code}: the message", requestId, retryAfter) { Attempts = attempts };

    [Theory]
    [InlineData(400, "Throttling.User", 503)]
    [InlineData(400, "Throttling", 503)]
    [InlineData(400, "Throttling.Api", 503)]
    [InlineData(503, "ServiceUnavailable", 503)]
    [InlineData(500, "InternalError", 503)]
    [InlineData(502, "HttpError", 503)]
    [InlineData(504, "HttpError", 503)]
    [InlineData(0, "NetworkError", 503)]
    [InlineData(0, "Timeout", 503)]
    [InlineData(400, "SignatureDoesNotMatch", 502)]
    [InlineData(400, "IncompleteSignature", 502)]
    [InlineData(400, "SignatureNonceUsed", 502)]
    [InlineData(404, "InvalidAccessKeyId.NotFound", 502)]
    [InlineData(400, "InvalidTimeStamp.Expired", 502)]
    [InlineData(500, "SignatureDoesNotMatch", 502)]
    [InlineData(200, "InvalidResponse", 502)]
    [InlineData(404, "HttpError", 502)]
    [InlineData(400, "InvalidStream.NotFound", 404)]
    [InlineData(400, "InvalidConfig.NotFound", 404)]
    [InlineData(404, "InvalidJob.NotFound", 404)]
    [InlineData(400, "InvalidOssBucket.Malformed", 400)]
    [InlineData(400, "ConfigAlreadyExists", 400)]
    [InlineData(409, "ConfigAlreadyExists", 409)]
    [InlineData(403, "Forbidden.JobStarted", 403)]
    [InlineData(400, "Forbidden", 400)]
    public void ToAnswer_ServiceFailure_StatusForWhoseProblemItIs(int serviceStatus, string code, int expected)
    {
        var answer = ServiceErrorMapping.ToAnswer(Sent(serviceStatus, code), "UpdateLiveAppRecordConfig");

        Assert.Equal(expected, answer.StatusCode);
        var body = Assert.IsType<ErrorBody>(answer.Body);
        Assert.Equal(code, body.Code);
        Assert.Equal("SVC-1", body.RequestId);
        Assert.Equal($"{code}: the message", body.Message);
        Assert.Equal(expected == 503, answer.RetryAfter is not null);
    }

    [Fact]
    public void ToAnswer_TransientWithoutServiceHint_DefaultRetryAfter()
    {
        var answer = ServiceErrorMapping.ToAnswer(Sent(503, "ServiceUnavailable", attempts: 4), "AddLiveRecordVodConfig");

        Assert.Equal(ServiceErrorMapping.DefaultRetryAfter, answer.RetryAfter);
    }

    [Fact]
    public void ToAnswer_ServiceAskedToWait_ThatWait()
    {
        var answer = ServiceErrorMapping.ToAnswer(Sent(400, "Throttling.User", retryAfter: TimeSpan.FromMilliseconds(1200)), "UpdateLiveAppRecordConfig");

        Assert.Equal(TimeSpan.FromMilliseconds(1200), answer.RetryAfter);
    }

    [Fact]
    public void ToAnswer_NoAnswerArrived_NewRequestIdOfOurs()
    {
        var answer = ServiceErrorMapping.ToAnswer(Sent(0, "NetworkError", requestId: null), "UpdateLiveAppRecordConfig");

        var body = Assert.IsType<ErrorBody>(answer.Body);
        Assert.True(Guid.TryParse(body.RequestId, out _));
        Assert.Equal(body.RequestId.ToUpperInvariant(), body.RequestId);
    }

    [Fact]
    public void ToAnswer_NotSent_DocumentCodeAndEveryRule()
    {
        ValidationError[] errors =
        [
            new("InvalidSliceDuration.Malformed", "Specified parameter RecordFormat.1.SliceDuration is not valid: it must be between 5 and 30; got 40.", "RecordFormat.1.SliceDuration"),
        ];
        var error = new AlibabaApiException(400, errors[0].Code, "client message", wasSent: false, validationErrors: errors);

        var answer = ServiceErrorMapping.ToAnswer(error, "UpdateLiveAppRecordConfig");

        Assert.Equal(400, answer.StatusCode);
        Assert.Null(answer.RetryAfter);
        var body = Assert.IsType<ErrorBody>(answer.Body);
        Assert.Equal("InvalidSliceDuration.Malformed", body.Code);
        Assert.Equal("UpdateLiveAppRecordConfig was not sent: " + errors[0].Message, body.Message);
    }

    [Fact]
    public async Task ExecuteAsync_RetryAfter_WholeSecondsRoundedUp()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Response.Body = new MemoryStream();

        await JsonAnswer.Error(503, "Throttling.User", "slow down", "R", TimeSpan.FromMilliseconds(1200)).ExecuteAsync(context);

        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("2", context.Response.Headers.RetryAfter.ToString());
        Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
    }
}
