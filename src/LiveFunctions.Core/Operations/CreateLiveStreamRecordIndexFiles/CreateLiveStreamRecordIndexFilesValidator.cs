using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;

/// <summary>The rules of the CreateLiveStreamRecordIndexFiles document (docs/validation-index-ice.md lists each with its source).</summary>
internal static class CreateLiveStreamRecordIndexFilesValidator
{
    /// <summary>The shortest range: one TS segment of the default length ("default is 30 seconds").</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(30);

    /// <summary>The longest range: "the interval cannot exceed 4 days" (exactly 4 days is allowed).</summary>
    public static readonly TimeSpan MaximumInterval = TimeSpan.FromDays(4);

    /// <summary>TS segment information is kept for 3 months: calendar months back from now.</summary>
    public const int RetentionMonths = 3;

    /// <summary>Every broken rule; empty when the request may be sent.</summary>
    public static IReadOnlyList<ValidationError> Validate(CreateLiveStreamRecordIndexFilesRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationCollector();

        errors.Require("DomainName", request.DomainName);
        errors.Require("AppName", request.AppName);
        errors.Require("StreamName", request.StreamName);
        errors.Require("OssEndpoint", request.OssEndpoint);
        errors.HostName("OssEndpoint", request.OssEndpoint);
        errors.Require("OssBucket", request.OssBucket);
        errors.OssBucketName("OssBucket", request.OssBucket);
        errors.Require("OssObject", request.OssObject);
        errors.OssObjectName("OssObject", request.OssObject);

        var start = errors.RequiredTime("StartTime", request.StartTime);
        var end = errors.RequiredTime("EndTime", request.EndTime);

        var oldestStart = OldestStartTime(now);
        if (start is { } startTime && startTime < oldestStart)
        {
            errors.Add(new ValidationError(
                "InvalidStartTime.Mismatch",
                $"Specified StartTime does not match the current time: TS segment information is kept for only {RetentionMonths} months, so StartTime cannot be earlier than {AlibabaTime.ToWire(oldestStart)}.",
                "StartTime"));
        }

        if (start is { } from && end is { } to && IntervalProblem(to - from) is { } problem)
        {
            errors.Add(new ValidationError(
                "InvalidEndTime.Mismatch",
                $"Specified EndTime does not match the specified StartTime: {problem}",
                "EndTime"));
        }

        return errors.ToList();
    }

    /// <summary>
    /// The earliest StartTime the retention allows: <see cref="RetentionMonths"/> calendar months before now, in UTC;
    /// a day that does not exist in the target month becomes that month's last day (31 May → 28/29 February).
    /// </summary>
    public static DateTimeOffset OldestStartTime(DateTimeOffset now) => now.ToUniversalTime().AddMonths(-RetentionMonths);

    private static string? IntervalProblem(TimeSpan interval) =>
        interval <= TimeSpan.Zero ? "EndTime must be later than StartTime."
        : interval < MinimumInterval ? $"the interval must be at least one TS segment ({MinimumInterval.TotalSeconds:0} seconds)."
        : interval > MaximumInterval ? $"the interval cannot exceed {MaximumInterval.TotalDays:0} days."
        : null;
}
