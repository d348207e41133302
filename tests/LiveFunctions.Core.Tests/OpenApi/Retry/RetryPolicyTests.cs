using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.OpenApi.Retry;
using LiveFunctions.Core.OpenApi.Wire;

namespace LiveFunctions.Core.Tests.OpenApi.Retry;

public sealed class RetryPolicyTests
{
    private static RetryPolicy Policy(double jitter) => new(
        new AlibabaRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(1) }, () => jitter);

    [Theory]
    [InlineData(1, 1.0, 200)]
    [InlineData(2, 1.0, 400)]
    [InlineData(3, 1.0, 800)]
    [InlineData(4, 1.0, 1000)]
    [InlineData(60, 1.0, 1000)]
    [InlineData(3, 0.25, 200)]
    [InlineData(3, 0.0, 0)]
    public void Delay_WithoutRetryAfter_IsJitterTimesTheCappedExponentialBound(int retry, double jitter, int expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), Policy(jitter).Delay(retry, retryAfter: null));
    }

    [Fact]
    public void Delay_WithRetryAfter_IsExactlyTheServicesWaitEvenAboveMaxDelay()
    {
        Assert.Equal(TimeSpan.FromSeconds(3), Policy(0.1).Delay(1, TimeSpan.FromSeconds(3)));
    }

    [Theory]
    [InlineData(0, "NetworkError", true)]
    [InlineData(0, "Timeout", true)]
    [InlineData(400, "Throttling", true)]
    [InlineData(400, "Throttling.User", true)]
    [InlineData(400, "Throttling.Api", true)]
    [InlineData(503, "ServiceUnavailable", true)]
    [InlineData(500, "InternalError", true)]
    [InlineData(500, "HttpError", true)]
    [InlineData(502, "HttpError", true)]
    [InlineData(503, "HttpError", true)]
    [InlineData(504, "HttpError", true)]
    [InlineData(501, "HttpError", false)]
    [InlineData(400, "SignatureDoesNotMatch", false)]
    [InlineData(400, "IncompleteSignature", false)]
    [InlineData(404, "InvalidAccessKeyId.NotFound", false)]
    [InlineData(400, "InvalidTimeStamp.Expired", false)]
    [InlineData(400, "SignatureNonceUsed", false)]
    [InlineData(503, "InvalidTimeStamp.Expired", false)]
    [InlineData(400, "InvalidParameter", false)]
    [InlineData(409, "ConfigAlreadyExists", false)]
    [InlineData(429, "HttpError", false)]
    [InlineData(200, "InvalidResponse", false)]
    public void IsTransient_ClassifiesByCodeThenStatus(int status, string code, bool expected)
    {
        Assert.Equal(expected, RetryPolicy.IsTransient(new AttemptFailure(status, code, "m")));
    }
}
