using System.Globalization;
using System.Text.RegularExpressions;
using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>
/// The rules of a <see cref="TranscodeSchedule"/> (docs/scheduling.md lists the codes). Never throws: every broken rule
/// is a <see cref="ValidationError"/> in the shared convention (<c>Missing{Field}</c>, <c>Invalid{Field}.Malformed</c>),
/// plus <c>InvalidDuration.OutOfRange</c> and <c>InvalidTimeZone.NotFound</c>. StreamInput and TranscodeOutput follow
/// the UpdateLiveTranscodeJob document, since they are sent with it.
/// </summary>
public static partial class TranscodeScheduleValidator
{
    /// <summary>The value of <see cref="TranscodeSchedule.DaysOfWeek"/> that means every day.</summary>
    public const string Daily = "Daily";

    /// <summary>The shortest window.</summary>
    public static readonly TimeSpan MinimumDuration = TimeSpan.FromMinutes(1);

    /// <summary>The longest window, 6 days: its start and end must both fit in the API's 7-day reach when it is armed, with room for the safety margin.</summary>
    public static readonly TimeSpan MaximumDuration = TimeSpan.FromDays(6);

    /// <summary>Kept between one window's end and the next one's start: a DST change can make a local day 23 hours long.</summary>
    public static readonly TimeSpan DstAllowance = TimeSpan.FromHours(1);

    /// <summary>Every broken rule; empty when the schedule may be registered.</summary>
    public static IReadOnlyList<ValidationError> Validate(TranscodeSchedule schedule) => Parse(schedule).Errors;

    /// <summary>The parsed rule, or every broken rule.</summary>
    public static TranscodeScheduleParseResult Parse(TranscodeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var errors = new List<ValidationError>();

        ValidationRules.Require(schedule.JobId, "JobId", errors);
        var days = ParseDays(schedule.DaysOfWeek, errors);
        var start = ParseLocalStart(schedule.LocalStartTime, errors);
        var duration = ParseDuration(schedule.Duration, days, errors);
        var zone = ParseTimeZone(schedule.TimeZone, errors);

        // The objects travel with UpdateLiveTranscodeJob, so they follow its document's rules.
        var objects = new UpdateLiveTranscodeJobRequest { JobId = "-", StreamInput = schedule.StreamInput, TranscodeOutput = schedule.TranscodeOutput };
        errors.AddRange(UpdateLiveTranscodeJobValidator.Validate(objects, DateTimeOffset.UnixEpoch));

        return errors.Count == 0 && days is not null && start is { } time && duration is { } length && zone is not null
            ? new TranscodeScheduleParseResult(new TranscodeWindowRule(days, time, length, zone), [])
            : new TranscodeScheduleParseResult(null, errors);
    }

    /// <summary>The longest duration the days allow: the shortest gap between two starts, less <see cref="DstAllowance"/>, and at most <see cref="MaximumDuration"/>.</summary>
    public static TimeSpan LongestDuration(IReadOnlyList<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var sorted = days.Select(day => (int)day).Order().ToList();
        var gap = 7;
        for (var i = 0; i < sorted.Count; i++)
        {
            var next = i + 1 < sorted.Count ? sorted[i + 1] : sorted[0] + 7;
            gap = Math.Min(gap, next - sorted[i]);
        }

        var byGap = TimeSpan.FromDays(gap) - DstAllowance;
        return byGap < MaximumDuration ? byGap : MaximumDuration;
    }

    private static List<DayOfWeek>? ParseDays(IReadOnlyList<string>? values, List<ValidationError> errors)
    {
        if (values is null || values.Count == 0)
        {
            errors.Add(ValidationRules.Missing("DaysOfWeek"));
            return null;
        }

        if (values.Any(value => string.Equals(value, Daily, StringComparison.OrdinalIgnoreCase)))
        {
            if (values.Count == 1)
            {
                return [.. Enum.GetValues<DayOfWeek>()];
            }

            errors.Add(ValidationRules.Malformed("DaysOfWeek", $"'{Daily}' means every day and cannot be combined with other values."));
            return null;
        }

        var days = new List<DayOfWeek>();
        for (var i = 0; i < values.Count; i++)
        {
            var parameter = $"DaysOfWeek.{i + 1}";
            if (!TryParseDay(values[i], out var day))
            {
                errors.Add(ValidationRules.Malformed(parameter, $"'{values[i]}' is not a day; use Monday to Sunday, or just {Daily}."));
            }
            else if (days.Contains(day))
            {
                errors.Add(ValidationRules.Malformed(parameter, $"{day} is listed more than once."));
            }
            else
            {
                days.Add(day);
            }
        }

        return days.Count == values.Count ? [.. days.Order()] : null;
    }

    private static bool TryParseDay(string? value, out DayOfWeek day)
    {
        day = default;
        var match = Enum.GetValues<DayOfWeek>().Where(d => string.Equals(d.ToString(), value, StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count != 1)
        {
            return false;
        }

        day = match[0];
        return true;
    }

    private static TimeOnly? ParseLocalStart(string? value, List<ValidationError> errors)
    {
        if (!ValidationRules.Require(value, "LocalStartTime", errors))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(ValidationRules.Malformed("LocalStartTime", $"'{value}' is not a 24-hour local time HH:mm, e.g. 19:30."));
        return null;
    }

    private static TimeSpan? ParseDuration(string? value, List<DayOfWeek>? days, List<ValidationError> errors)
    {
        if (!ValidationRules.Require(value, "Duration", errors))
        {
            return null;
        }

        var match = DurationPattern().Match(value!);
        if (!match.Success)
        {
            errors.Add(ValidationRules.Malformed("Duration", $"'{value}' is not a duration H:mm:ss (up to 3 hour digits), e.g. 02:00:00."));
            return null;
        }

        var duration = new TimeSpan(Number(match, "h"), Number(match, "m"), Number(match, "s"));
        var longest = days is null ? MaximumDuration : LongestDuration(days);
        if (duration < MinimumDuration || duration > longest)
        {
            var why = days is null || longest == MaximumDuration
                ? $"at most {Format(MaximumDuration)}, so both ends fit in the 7-day reach of UpdateLiveTranscodeJob"
                : $"at most {Format(longest)} on these days, so a window ends before the next one starts (an hour is kept for DST changes)";
            errors.Add(new ValidationError(
                "InvalidDuration.OutOfRange",
                $"Specified parameter Duration is out of range: {value} must be at least {Format(MinimumDuration)} and {why}.",
                "Duration"));
            return null;
        }

        return duration;
    }

    private static TimeZoneInfo? ParseTimeZone(string? value, List<ValidationError> errors)
    {
        if (!ValidationRules.Require(value, "TimeZone", errors))
        {
            return null;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(value!, out var zone))
        {
            errors.Add(new ValidationError(
                "InvalidTimeZone.NotFound",
                $"Specified parameter TimeZone is not valid: '{value}' is not a known IANA time zone ID such as Europe/Berlin or Asia/Shanghai.",
                "TimeZone"));
            return null;
        }

        // On Linux a Windows ID ("W. Europe Standard Time") is found too; the contract is IANA IDs only.
        if (!zone.HasIanaId)
        {
            errors.Add(ValidationRules.Malformed("TimeZone", $"'{value}' is a Windows time zone ID; give the IANA ID instead, e.g. Europe/Berlin."));
            return null;
        }

        return zone;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string Format(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours:00}:{duration.Minutes:00}:{duration.Seconds:00}");

    [GeneratedRegex(@"^(?<h>[0-9]{1,3}):(?<m>[0-5][0-9]):(?<s>[0-5][0-9])\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DurationPattern();
}

/// <summary>The outcome of <see cref="TranscodeScheduleValidator.Parse"/>: a rule, or the broken rules.</summary>
/// <param name="Rule">The parsed rule; null when there are errors.</param>
/// <param name="Errors">Every broken rule; empty when Rule is set.</param>
public sealed record TranscodeScheduleParseResult(TranscodeWindowRule? Rule, IReadOnlyList<ValidationError> Errors);
