using LiveFunctions.Emulator.Protocol.Throttling;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Protocol;

/// <summary>Refuses settings the emulator cannot run with, at start (messages never show a secret).</summary>
internal sealed class EmulatorOptionsValidator : IValidateOptions<EmulatorOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, EmulatorOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Credentials.Count; i++)
        {
            var credential = options.Credentials[i];
            if (string.IsNullOrEmpty(credential.AccessKeyId) || string.IsNullOrEmpty(credential.AccessKeySecret))
            {
                failures.Add($"Emulator:Credentials:{i} needs both AccessKeyId and AccessKeySecret.");
            }
        }

        foreach (var duplicate in options.Credentials.GroupBy(c => c.AccessKeyId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failures.Add($"Emulator:Credentials names AccessKeyId {duplicate.Key} more than once.");
        }

        if (!QpsLimit.TryParse(options.QpsLimits.Default, out _))
        {
            failures.Add($"Emulator:QpsLimits:Default '{options.QpsLimits.Default}' is not N/s, N/min or none.");
        }

        foreach (var (action, text) in options.QpsLimits.Overrides)
        {
            if (!QpsLimit.TryParse(text, out _))
            {
                failures.Add($"Emulator:QpsLimits:Overrides:{action} '{text}' is not N/s, N/min or none.");
            }
        }

        if (options.RequestLogCapacity < 1)
        {
            failures.Add("Emulator:RequestLogCapacity must be at least 1.");
        }

        if (options.TimestampTolerance <= TimeSpan.Zero || options.NonceWindow <= TimeSpan.Zero)
        {
            failures.Add("Emulator:TimestampTolerance and Emulator:NonceWindow must be positive.");
        }

        if (options.SaveDelay < TimeSpan.Zero)
        {
            failures.Add("Emulator:SaveDelay must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
