using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>Checks <see cref="TranscodeRotationOptions"/> at start-up; every failure names the setting.</summary>
internal sealed class TranscodeRotationOptionsValidator : IValidateOptions<TranscodeRotationOptions>
{
    public ValidateOptionsResult Validate(string? name, TranscodeRotationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = TranscodeRotationOptions.SectionName;

        if (string.IsNullOrWhiteSpace(options.Schedule))
        {
            failures.Add($"{Section}:Schedule is empty; give an NCRONTAB expression such as '0 */15 * * * *'.");
        }

        if (options.SafetyMargin < TimeSpan.Zero || options.SafetyMargin > TranscodeRotationOptions.MaxSafetyMargin)
        {
            failures.Add($"{Section}:SafetyMargin must be between 00:00:00 and 12:00:00.");
        }

        if (options.StartLead < TimeSpan.Zero || options.StartLead > TimeSpan.FromHours(1))
        {
            failures.Add($"{Section}:StartLead must be between 00:00:00 and 01:00:00.");
        }

        if (options.MinimumRemainder < TimeSpan.FromMinutes(1) || options.MinimumRemainder > TimeSpan.FromDays(1))
        {
            failures.Add($"{Section}:MinimumRemainder must be between 00:01:00 and 1.00:00:00.");
        }

        if (options.NextWindowsCount is < 1 or > TranscodeWindowCalculator.MaximumCount)
        {
            failures.Add($"{Section}:NextWindowsCount must be between 1 and {TranscodeWindowCalculator.MaximumCount}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
