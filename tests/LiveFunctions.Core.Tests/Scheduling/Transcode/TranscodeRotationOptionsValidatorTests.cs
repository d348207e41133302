using LiveFunctions.Core.Scheduling.Transcode;

namespace LiveFunctions.Core.Tests.Scheduling.Transcode;

public sealed class TranscodeRotationOptionsValidatorTests
{
    private static IReadOnlyList<string> Failures(TranscodeRotationOptions options) =>
        new TranscodeRotationOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.Empty(Failures(new TranscodeRotationOptions()));
    }

    [Fact]
    public void Validate_EveryValueOutOfRange_NamesEachSetting()
    {
        var failures = Failures(new TranscodeRotationOptions
        {
            Schedule = " ",
            SafetyMargin = TimeSpan.FromHours(-1),
            StartLead = TimeSpan.FromHours(2),
            MinimumRemainder = TimeSpan.FromSeconds(30),
            NextWindowsCount = 0,
        });

        Assert.Equal(
            ["TranscodeRotation:Schedule", "TranscodeRotation:SafetyMargin", "TranscodeRotation:StartLead", "TranscodeRotation:MinimumRemainder", "TranscodeRotation:NextWindowsCount"],
            failures.Select(f => f.Split(' ')[0]));
    }

    [Fact]
    public void Validate_MarginAtTheMaximum_Succeeds()
    {
        Assert.Empty(Failures(new TranscodeRotationOptions { SafetyMargin = TranscodeRotationOptions.MaxSafetyMargin }));
    }
}
