using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Tests.Support;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Tests.Protocol;

public sealed class EmulatorOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds() =>
        Assert.True(new EmulatorOptionsValidator().Validate(null, new EmulatorOptions()).Succeeded);

    [Fact]
    public void Validate_BadLimitsAndKeys_NamesEachKeyWithoutTheSecret()
    {
        var options = new EmulatorOptions();
        options.QpsLimits.Overrides["UpdateLiveAppRecordConfig"] = "thirty";
        options.QpsLimits.Default = "5/h";
        options.Credentials.Add(new EmulatorCredential { AccessKeyId = "a", AccessKeySecret = "very-secret" });
        options.Credentials.Add(new EmulatorCredential { AccessKeyId = "a", AccessKeySecret = "other-secret" });
        options.Credentials.Add(new EmulatorCredential { AccessKeyId = "b" });

        var result = new EmulatorOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Overrides:UpdateLiveAppRecordConfig", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("QpsLimits:Default", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("more than once", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Credentials:2", StringComparison.Ordinal));
        Assert.DoesNotContain("very-secret", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("other-secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InvalidLimitSetting_Refused() =>
        await Assert.ThrowsAsync<OptionsValidationException>(() =>
            RunningEmulator.StartAsync(new Dictionary<string, string> { ["Emulator:QpsLimits:Default"] = "many" }));

    [Fact]
    public void EmulatorCredential_ToString_DoesNotShowTheSecret() =>
        Assert.DoesNotContain("very-secret", new EmulatorCredential { AccessKeyId = "a", AccessKeySecret = "very-secret" }.ToString(), StringComparison.Ordinal);
}
