using LiveFunctions.Core.Scheduling;
using LiveFunctions.Core.Scheduling.IndexFiles;

namespace LiveFunctions.Core.Tests.Scheduling.IndexFiles;

public sealed class IndexCallClassifierTests
{
    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    public void Classify_Success_IsCreated(int status)
    {
        Assert.Equal(IndexCallClass.Created, IndexCallClassifier.Classify(status, null));
    }

    [Theory]
    [InlineData(400, "NoRecordContent")]
    [InlineData(400, "InvalidStream.NotFound")]
    [InlineData(404, "InvalidStream.NotFound")]
    public void Classify_NothingRecorded_IsEmpty(int status, string code)
    {
        Assert.Equal(IndexCallClass.Empty, IndexCallClassifier.Classify(status, code));
    }

    [Theory]
    [InlineData(400, "Throttling")]
    [InlineData(400, "Throttling.User")]
    [InlineData(400, "Throttling.Api")]
    [InlineData(429, "TooManyRequests")]
    [InlineData(500, "InternalError")]
    [InlineData(503, "ServiceUnavailable")]
    [InlineData(502, "")]
    [InlineData(504, null)]
    [InlineData(0, "NetworkError")]
    [InlineData(0, null)]
    [InlineData(400, "SignatureNonceUsed")]
    public void Classify_PassingFailure_IsRetryable(int status, string? code)
    {
        Assert.Equal(IndexCallClass.Retryable, IndexCallClassifier.Classify(status, code));
    }

    [Theory]
    [InlineData(400, "InvalidStartTime.Mismatch")]
    [InlineData(400, "InvalidEndTime.Mismatch")]
    [InlineData(400, "InvalidOssBucket.Malformed")]
    [InlineData(400, "MissingOssEndpoint")]
    [InlineData(400, "InvalidConfig.Changed")]
    [InlineData(400, "RecordContentExceed")]
    [InlineData(400, "OperationNotSupport")]
    [InlineData(400, "InvalidParams")]
    [InlineData(404, "InvalidBucket.NotFound")]
    [InlineData(404, "InvalidDomain.NotFound")]
    [InlineData(400, "SignatureDoesNotMatch")]
    [InlineData(403, "Forbidden")]
    [InlineData(302, null)]
    public void Classify_RuleOrClientError_IsPermanent(int status, string? code)
    {
        Assert.Equal(IndexCallClass.Permanent, IndexCallClassifier.Classify(status, code));
    }

    [Fact]
    public void IsRetryable_CodeMatchingIsCaseSensitive()
    {
        Assert.False(CallRetryRules.IsRetryable(400, "throttling.user"));
        Assert.True(CallRetryRules.IsRetryable(400, "Throttling.User"));
    }
}
