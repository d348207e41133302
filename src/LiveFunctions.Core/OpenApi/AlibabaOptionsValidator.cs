using LiveFunctions.Core.OpenApi.Wire;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.OpenApi;

/// <summary>Checks <see cref="AlibabaOptions"/> at start-up; each message names the setting and says what is wrong.</summary>
internal sealed class AlibabaOptionsValidator : IValidateOptions<AlibabaOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AlibabaOptions options)
    {
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Every problem of the settings; empty when the client can run with them.</summary>
    public static IReadOnlyList<string> Problems(AlibabaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string S = AlibabaOptions.SectionName;
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AccessKeyId))
        {
            problems.Add($"{S}:AccessKeyId is required: the AccessKey ID that signs every call.");
        }

        if (string.IsNullOrEmpty(options.AccessKeySecret))
        {
            problems.Add($"{S}:AccessKeySecret is required: the secret of {S}:AccessKeyId.");
        }

        CheckEndpoint(problems, $"{S}:LiveEndpoint", options.LiveEndpoint);
        CheckEndpoint(problems, $"{S}:IceEndpoint", options.IceEndpoint);
        if (!Enum.IsDefined(options.SignatureVersion))
        {
            problems.Add($"{S}:SignatureVersion must be V3 or V1.");
        }

        CheckPositive(problems, $"{S}:AttemptTimeout", options.AttemptTimeout);
        var retry = options.Retry;
        if (retry is null)
        {
            problems.Add($"{S}:Retry must not be null.");
            return problems;
        }

        if (retry.MaxAttempts < 1)
        {
            problems.Add($"{S}:Retry:MaxAttempts must be at least 1 (1 disables retries), not {retry.MaxAttempts}.");
        }

        CheckPositive(problems, $"{S}:Retry:MaxElapsed", retry.MaxElapsed);
        CheckPositive(problems, $"{S}:Retry:BaseDelay", retry.BaseDelay);
        CheckPositive(problems, $"{S}:Retry:MaxDelay", retry.MaxDelay);
        if (retry.MaxDelay < retry.BaseDelay)
        {
            problems.Add($"{S}:Retry:MaxDelay ({retry.MaxDelay}) must not be less than {S}:Retry:BaseDelay ({retry.BaseDelay}).");
        }

        return problems;
    }

    private static void CheckEndpoint(List<string> problems, string setting, string? value)
    {
        if (!AlibabaEndpoint.TryParse(value, out _, out var problem))
        {
            problems.Add($"{setting} '{value}' is not a valid endpoint: {problem}. Use a base URL such as https://live.aliyuncs.com or http://127.0.0.1:7081, or a host name.");
        }
    }

    private static void CheckPositive(List<string> problems, string setting, TimeSpan value)
    {
        // A day bounds every timer the client creates, well inside what timers and delays accept.
        if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
        {
            problems.Add($"{setting} must be a positive time span of at most one day, such as 00:00:10, not {value}.");
        }
    }
}
