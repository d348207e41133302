using LiveFunctions.Core.Validation;

namespace LiveFunctions.App.Hosting.Timers.Cron;

/// <summary>
/// An NCRONTAB schedule as the Functions timer trigger reads it: six fields
/// <c>{second} {minute} {hour} {day} {month} {day-of-week}</c> (a five-field expression has no seconds and fires at
/// second 0), evaluated in UTC. As in NCRONTAB (and unlike Vixie cron), a day must match BOTH the day-of-month and the
/// day-of-week field: <c>0 0 0 13 * FRI</c> fires only on a Friday the 13th. Days past a month's end never match
/// (<c>31</c> skips 30-day months; <c>29 2</c> fires only in leap years). Day-of-week is 0-6 with Sunday = 0.
/// </summary>
internal sealed class CronSchedule
{
    // The Gregorian calendar repeats every 400 years (146097 days, a whole number of weeks): no match in that span
    // means the expression can never fire (e.g. "0 0 0 30 2 *").
    private const int SearchYears = 400;

    private readonly CronField[] _fields;

    private CronSchedule(string expression, CronField[] fields)
    {
        Expression = expression;
        _fields = fields;
    }

    /// <summary>The expression as given.</summary>
    public string Expression { get; }

    /// <summary>Parses an expression; returns null and an error (never throws) when it is not valid NCRONTAB.</summary>
    public static CronSchedule? TryParse(string? expression, out ValidationError? error)
    {
        var tokens = (expression ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is not (5 or 6))
        {
            error = Error(expression, $"it has {tokens.Length} fields; 6 ({{second}} {{minute}} {{hour}} {{day}} {{month}} {{day-of-week}}) or 5 (without seconds) are required");
            return null;
        }

        if (tokens.Length == 5)
        {
            tokens = ["0", .. tokens];
        }

        var fields = new CronField[6];
        for (var i = 0; i < 6; i++)
        {
            var field = CronField.Parse(tokens[i], (CronFieldKind)i, out var fieldError);
            if (field is null)
            {
                error = Error(expression, fieldError!);
                return null;
            }

            fields[i] = field.Value;
        }

        error = null;
        return new CronSchedule(expression!.Trim(), fields);
    }

    /// <summary>
    /// The first occurrence strictly after <paramref name="after"/> (UTC), or null when the schedule never fires
    /// (a day that does not exist, such as February 30).
    /// </summary>
    public DateTimeOffset? GetNextOccurrence(DateTimeOffset after)
    {
        var start = after.UtcDateTime;
        var t = new DateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, start.Second, DateTimeKind.Utc).AddSeconds(1);
        var limitYear = Math.Min(t.Year + SearchYears, DateTime.MaxValue.Year - 1);

        while (t.Year <= limitYear)
        {
            var month = Field(CronFieldKind.Month).NextAtOrAfter(t.Month);
            if (month < 0)
            {
                t = new DateTime(t.Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc);
                continue;
            }

            if (month != t.Month)
            {
                t = new DateTime(t.Year, month, 1, 0, 0, 0, DateTimeKind.Utc);
            }

            if (!Field(CronFieldKind.DayOfMonth).Contains(t.Day) || !Field(CronFieldKind.DayOfWeek).Contains((int)t.DayOfWeek))
            {
                t = t.Date.AddDays(1);
                continue;
            }

            var hour = Field(CronFieldKind.Hour).NextAtOrAfter(t.Hour);
            if (hour < 0)
            {
                t = t.Date.AddDays(1);
                continue;
            }

            if (hour != t.Hour)
            {
                t = t.Date.AddHours(hour);
            }

            var minute = Field(CronFieldKind.Minute).NextAtOrAfter(t.Minute);
            if (minute < 0)
            {
                t = t.Date.AddHours(t.Hour + 1);
                continue;
            }

            if (minute != t.Minute)
            {
                t = t.Date.AddHours(t.Hour).AddMinutes(minute);
            }

            var second = Field(CronFieldKind.Second).NextAtOrAfter(t.Second);
            if (second < 0)
            {
                t = t.Date.AddHours(t.Hour).AddMinutes(t.Minute + 1);
                continue;
            }

            return new DateTimeOffset(t.Date.AddHours(t.Hour).AddMinutes(t.Minute).AddSeconds(second), TimeSpan.Zero);
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Expression;

    private CronField Field(CronFieldKind kind) => _fields[(int)kind];

    private static ValidationError Error(string? expression, string detail) =>
        new("InvalidSchedule", $"'{expression}' is not a valid NCRONTAB expression: {detail}.", "schedule");
}
