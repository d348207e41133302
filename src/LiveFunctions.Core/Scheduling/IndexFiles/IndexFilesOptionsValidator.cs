using LiveFunctions.Core.Validation;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>Checks <see cref="IndexFilesOptions"/> at start-up; every failure names the setting.</summary>
internal sealed class IndexFilesOptionsValidator : IValidateOptions<IndexFilesOptions>
{
    public ValidateOptionsResult Validate(string? name, IndexFilesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = IndexFilesOptions.SectionName;

        if (string.IsNullOrWhiteSpace(options.Schedule))
        {
            failures.Add($"{Section}:Schedule is empty; give an NCRONTAB expression such as '0 5 * * * *'.");
        }

        for (var i = 0; i < options.Domains.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Domains[i]) || !FormatRules.IsHostName(options.Domains[i]))
            {
                failures.Add($"{Section}:Domains:{i} ('{options.Domains[i]}') is not a domain name.");
            }
        }

        if (options.Domains.Count > 0)
        {
            if (string.IsNullOrEmpty(options.OssEndpoint) || !FormatRules.IsHostName(options.OssEndpoint))
            {
                failures.Add($"{Section}:OssEndpoint must be the host name of the OSS endpoint, e.g. oss-cn-shanghai.aliyuncs.com.");
            }

            if (string.IsNullOrEmpty(options.OssBucket) || !FormatRules.IsOssBucketName(options.OssBucket))
            {
                failures.Add($"{Section}:OssBucket must be an OSS bucket name (3 to 63 lower-case letters, digits and hyphens).");
            }
        }

        var sample = IndexRecordRequestBuilder.ExpandOssObject(
            options.OssObjectTemplate ?? string.Empty, new IndexWorkItem("example.com", "app", "stream", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        if (string.IsNullOrEmpty(options.OssObjectTemplate) || !FormatRules.IsOssObjectName(sample))
        {
            failures.Add($"{Section}:OssObjectTemplate must give an OSS object name (not empty, not starting with '/' or '\\', at most 1023 bytes).");
        }

        if (options.SettleDelay < TimeSpan.Zero || options.SettleDelay > TimeSpan.FromMinutes(59))
        {
            failures.Add($"{Section}:SettleDelay must be between 00:00:00 and 00:59:00.");
        }

        if (options.MaxBackfillHours is < 1 or > IndexFilesOptions.MaxBackfillHoursLimit)
        {
            failures.Add($"{Section}:MaxBackfillHours must be between 1 and {IndexFilesOptions.MaxBackfillHoursLimit} (the publish list reaches back 30 days).");
        }

        if (options.MaxRangeHours is < 1 or > IndexFilesOptions.MaxRangeHoursLimit)
        {
            failures.Add($"{Section}:MaxRangeHours must be between 1 and {IndexFilesOptions.MaxRangeHoursLimit} (3 months of TS retention).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
