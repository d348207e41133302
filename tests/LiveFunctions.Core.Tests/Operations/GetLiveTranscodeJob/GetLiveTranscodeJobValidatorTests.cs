using LiveFunctions.Core.Operations.GetLiveTranscodeJob;

namespace LiveFunctions.Core.Tests.Operations.GetLiveTranscodeJob;

public sealed class GetLiveTranscodeJobValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Validate_ValidRequest_ReturnsNoErrors()
    {
        Assert.Empty(GetLiveTranscodeJobValidator.Validate(new GetLiveTranscodeJobRequest { JobId = "20b48fb04483915d4f2cd8ac" }, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_JobIdMissing_ReturnsMissingJobId(string? jobId)
    {
        var error = Assert.Single(GetLiveTranscodeJobOperation.Instance.Validate(new GetLiveTranscodeJobRequest { JobId = jobId }, Now));

        Assert.Equal("MissingJobId", error.Code);
        Assert.Equal("JobId", error.Parameter);
    }
}
