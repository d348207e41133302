namespace LiveFunctions.App.Hosting.Timers.Cron;

/// <summary>The six NCRONTAB fields, in the order of a six-field expression.</summary>
internal enum CronFieldKind
{
    Second,
    Minute,
    Hour,
    DayOfMonth,
    Month,
    DayOfWeek,
}

/// <summary>The range and value names of one field kind.</summary>
internal sealed class CronFieldSpec
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly CronFieldSpec[] Specs =
    [
        new(CronFieldKind.Second, "second", 0, 59, null),
        new(CronFieldKind.Minute, "minute", 0, 59, null),
        new(CronFieldKind.Hour, "hour", 0, 23, null),
        new(CronFieldKind.DayOfMonth, "day-of-month", 1, 31, null),
        new(CronFieldKind.Month, "month", 1, 12, MonthNames),
        new(CronFieldKind.DayOfWeek, "day-of-week", 0, 6, DayNames),
    ];

    private readonly string[]? _names;

    private CronFieldSpec(CronFieldKind kind, string name, int min, int max, string[]? names)
    {
        Kind = kind;
        Name = name;
        Min = min;
        Max = max;
        _names = names;
    }

    public CronFieldKind Kind { get; }

    public string Name { get; }

    public int Min { get; }

    public int Max { get; }

    public bool HasNames => _names is not null;

    public string ExampleName => _names is null ? string.Empty : _names[1][..3].ToUpperInvariant();

    public static CronFieldSpec For(CronFieldKind kind) => Specs[(int)kind];

    /// <summary>
    /// Matches a month or day name case-insensitively: the full English name or any prefix of it of at least three
    /// letters (<c>MON</c>, <c>Tues</c>, <c>September</c>). NCRONTAB matches prefixes too; three letters keep it unambiguous.
    /// </summary>
    public bool TryParseName(string text, out int value)
    {
        value = -1;
        if (_names is null || text.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < _names.Length; i++)
        {
            if (_names[i].StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                value = i + Min;
                return true;
            }
        }

        return false;
    }
}
