using LiveFunctions.Core.OpenApi;

namespace LiveFunctions.Core.Tests.OpenApi;

public sealed class AlibabaOptionsValidatorTests
{
    private static AlibabaOptions Valid() => new() { AccessKeyId = "id", AccessKeySecret = "secret" };

    [Fact]
    public void Validate_KeysOnly_SucceedsWithTheRealEndpointDefaults()
    {
        var options = Valid();

        var result = new AlibabaOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal("https://live.aliyuncs.com", options.LiveEndpoint);
        Assert.Equal("https://ice.cn-shanghai.aliyuncs.com", options.IceEndpoint);
        Assert.Equal(AlibabaSignatureVersion.V3, options.SignatureVersion);
        Assert.Equal(4, options.Retry.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Retry.MaxElapsed);
    }

    [Fact]
    public void Validate_MissingKeys_NamesBothSettings()
    {
        var result = new AlibabaOptionsValidator().Validate(null, new AlibabaOptions());

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Alibaba:AccessKeyId is required", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Alibaba:AccessKeySecret is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ftp://live.aliyuncs.com")]
    [InlineData("https://live.aliyuncs.com/some/path")]
    [InlineData("")]
    public void Validate_BadEndpoint_NamesTheSettingAndTheValue(string endpoint)
    {
        var options = Valid();
        options.IceEndpoint = endpoint;

        var failure = Assert.Single(AlibabaOptionsValidator.Problems(options));

        Assert.StartsWith($"Alibaba:IceEndpoint '{endpoint}' is not a valid endpoint", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmulatorAndBareHostEndpoints_Succeed()
    {
        var options = Valid();
        options.LiveEndpoint = "http://127.0.0.1:7081";
        options.IceEndpoint = "ice.cn-beijing.aliyuncs.com";

        Assert.Empty(AlibabaOptionsValidator.Problems(options));
    }

    [Fact]
    public void Validate_BadRetrySettings_NameEachSetting()
    {
        var options = Valid();
        options.AttemptTimeout = TimeSpan.Zero;
        options.Retry.MaxAttempts = 0;
        options.Retry.MaxElapsed = TimeSpan.FromDays(2);
        options.Retry.BaseDelay = TimeSpan.FromSeconds(10);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.SignatureVersion = (AlibabaSignatureVersion)7;

        var problems = AlibabaOptionsValidator.Problems(options);

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Alibaba:AttemptTimeout", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Alibaba:Retry:MaxAttempts", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Alibaba:Retry:MaxElapsed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Alibaba:Retry:MaxDelay", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Alibaba:SignatureVersion", StringComparison.Ordinal));
    }
}
