using System.Globalization;
using System.Text.RegularExpressions;
using LiveFunctions.Emulator.LiveConfig.Common;
using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Simulation.ObjectStorage;

namespace LiveFunctions.Emulator.Simulation.RecordIndex;

/// <summary>The parameters of CreateLiveStreamRecordIndexFiles, read and checked by the rules that need no state.</summary>
internal sealed partial record CreateIndexRequest(
    string DomainName,
    string AppName,
    string StreamName,
    string OssEndpoint,
    string OssBucket,
    string OssObject,
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    bool EndTimeIncluded)
{
    /// <summary>The longest range the operation accepts.</summary>
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(4);

    /// <summary>The variables the emulator expands in OssObject, from the index's StartTime (UTC).</summary>
    public static readonly IReadOnlyList<string> ObjectVariables = ["{AppName}", "{StreamName}", "{Date}", "{Hour}", "{Minute}", "{Second}"];

    /// <summary>Reads the parameters; the error is the first broken rule (null when all hold).</summary>
    public static CreateIndexRequest? Read(ActionContext context, out ServiceError? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = new ParameterReader(context.Parameters);
        var request = new CreateIndexRequest(
            p.Required("DomainName"),
            p.Required("AppName"),
            p.Required("StreamName"),
            p.Required("OssEndpoint"),
            p.Required("OssBucket"),
            p.Required("OssObject"),
            p.RequiredTime("StartTime", ServiceErrors.StartTimeMalformed),
            p.RequiredTime("EndTime", ServiceErrors.EndTimeMalformed),
            p.OptionalBool("EndTimeIncluded", ServiceErrors.IndexInvalidParams()) ?? false);
        error = p.Error ?? request.CheckRules(context.Now);
        return error is null ? request : null;
    }

    /// <summary>The OssObject with its variables expanded.</summary>
    public string ExpandedObject() =>
        OssObject
            .Replace("{AppName}", AppName, StringComparison.Ordinal)
            .Replace("{StreamName}", StreamName, StringComparison.Ordinal)
            .Replace("{Date}", StartTime.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Hour}", StartTime.UtcDateTime.ToString("HH", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Minute}", StartTime.UtcDateTime.ToString("mm", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Second}", StartTime.UtcDateTime.ToString("ss", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private ServiceError? CheckRules(DateTimeOffset now)
    {
        if (EndTime <= StartTime)
        {
            return ServiceErrors.IndexEndTimeMismatch();
        }

        if (EndTime - StartTime > MaxRange)
        {
            return ServiceErrors.IndexRecordContentExceed();
        }

        // TS information is kept for 3 months; a range that starts in the future has nothing either.
        if (StartTime < now.AddMonths(-3) || StartTime > now)
        {
            return ServiceErrors.StartTimeMismatch;
        }

        if (!OssNames.IsEndpoint(OssEndpoint))
        {
            return ServiceErrors.IndexOssEndpointMalformed();
        }

        if (!OssNames.IsBucket(OssBucket))
        {
            return ServiceErrors.IndexOssBucketMalformed();
        }

        var unknownVariable = Variable().Matches(OssObject).Any(m => !ObjectVariables.Contains(m.Value));
        var expanded = ExpandedObject();
        if (unknownVariable || !expanded.EndsWith(".m3u8", StringComparison.OrdinalIgnoreCase) || !ObjectKeys.IsValidKey(expanded))
        {
            return ServiceErrors.IndexOssObjectMalformed();
        }

        return null;
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Variable();
}
