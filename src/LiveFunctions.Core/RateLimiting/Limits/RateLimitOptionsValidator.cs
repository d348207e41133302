using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.RateLimiting.Limits;

/// <summary>Checks <see cref="RateLimitOptions"/> at start; every broken setting is named in the error.</summary>
public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = Errors(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>The broken settings, as messages naming them; empty when the options are usable.</summary>
    public static IReadOnlyList<string> Errors(RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string s = RateLimitOptions.SectionName;
        var errors = new List<string>();
        if (!(options.SafetyMargin > 0 && options.SafetyMargin <= 1))
        {
            errors.Add($"{s}:SafetyMargin must be in (0, 1]; got {options.SafetyMargin}.");
        }

        if (!RateLimit.TryParse(options.Default, out _))
        {
            errors.Add($"{s}:Default must be N/s or N/min (N ≥ 1); got '{options.Default}'.");
        }

        foreach (var (action, text) in options.Overrides ?? [])
        {
            if (!RateLimit.TryParse(text, out _))
            {
                errors.Add($"{s}:Overrides:{action} must be N/s or N/min (N ≥ 1); got '{text}'.");
            }
        }

        if (!Storage.StorageNames.IsQueueOrContainerName(options.Container ?? ""))
        {
            errors.Add($"{s}:Container must be a container name (3-63 lower-case letters, digits and single hyphens); got '{options.Container}'.");
        }

        if (options.MaxBatch is < 1 or > 1000)
        {
            errors.Add($"{s}:MaxBatch must be 1 to 1000; got {options.MaxBatch}.");
        }

        if (options.TimingGuard < TimeSpan.Zero || options.TimingGuard > TimeSpan.FromSeconds(1))
        {
            errors.Add($"{s}:TimingGuard must be 0 to 1 s; got {options.TimingGuard}.");
        }

        if (!(options.PenaltyFactor > 0 && options.PenaltyFactor < 1))
        {
            errors.Add($"{s}:PenaltyFactor must be in (0, 1); got {options.PenaltyFactor}.");
        }

        if (options.PenaltyDuration <= TimeSpan.Zero || options.PenaltyDuration > TimeSpan.FromHours(1))
        {
            errors.Add($"{s}:PenaltyDuration must be more than 0 and at most 1 hour; got {options.PenaltyDuration}.");
        }

        if (options.MaxConflictRetries is < 0 or > 100)
        {
            errors.Add($"{s}:MaxConflictRetries must be 0 to 100; got {options.MaxConflictRetries}.");
        }

        return errors;
    }
}
