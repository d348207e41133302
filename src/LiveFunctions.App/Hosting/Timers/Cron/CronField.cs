using System.Globalization;
using System.Numerics;

namespace LiveFunctions.App.Hosting.Timers.Cron;

/// <summary>
/// The set of allowed values of one NCRONTAB field, as a bit mask (bit n set = value n allowed; every field's values fit
/// in 0..59). Parsed from the field syntax NCRONTAB accepts: <c>*</c>, <c>n</c>, <c>a-b</c>, lists <c>a,b,c</c>, and
/// steps <c>*/n</c>, <c>a-b/n</c>, <c>a/n</c> (from a to the field's maximum); month and day-of-week names too.
/// </summary>
internal readonly struct CronField
{
    private readonly ulong _mask;

    private CronField(ulong mask) => _mask = mask;

    /// <summary>True when <paramref name="value"/> is allowed.</summary>
    public bool Contains(int value) => value is >= 0 and < 64 && (_mask & (1UL << value)) != 0;

    /// <summary>The smallest allowed value that is at least <paramref name="value"/>, or -1 when there is none.</summary>
    public int NextAtOrAfter(int value)
    {
        if (value >= 64)
        {
            return -1;
        }

        var rest = _mask & (ulong.MaxValue << Math.Max(value, 0));
        return rest == 0 ? -1 : BitOperations.TrailingZeroCount(rest);
    }

    /// <summary>Parses one field; returns null and sets <paramref name="error"/> when the text is not valid for the field.</summary>
    public static CronField? Parse(string text, CronFieldKind kind, out string? error)
    {
        var spec = CronFieldSpec.For(kind);
        ulong mask = 0;
        foreach (var item in text.Split(','))
        {
            if (!TryParseItem(item, spec, out var itemMask, out error))
            {
                return null;
            }

            mask |= itemMask;
        }

        error = null;
        return new CronField(mask);
    }

    private static bool TryParseItem(string item, CronFieldSpec spec, out ulong mask, out string? error)
    {
        mask = 0;
        if (item.Length == 0)
        {
            error = $"the {spec.Name} field has an empty list item";
            return false;
        }

        var step = 1;
        var rangeText = item;
        var slash = item.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            rangeText = item[..slash];
            var stepText = item[(slash + 1)..];
            if (!int.TryParse(stepText, NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1)
            {
                error = $"the {spec.Name} field has an invalid step '{stepText}' (a positive whole number is required)";
                return false;
            }
        }

        int first;
        int last;
        if (rangeText == "*")
        {
            first = spec.Min;
            last = spec.Max;
        }
        else
        {
            var dash = rangeText.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                if (!TryParseValue(rangeText[..dash], spec, out first, out error)
                    || !TryParseValue(rangeText[(dash + 1)..], spec, out last, out error))
                {
                    return false;
                }

                if (first > last)
                {
                    error = $"the {spec.Name} field has the range '{rangeText}' whose start is after its end";
                    return false;
                }
            }
            else
            {
                if (!TryParseValue(rangeText, spec, out first, out error))
                {
                    return false;
                }

                // "a/n" means from a to the maximum in steps of n; a plain "a" is the single value.
                last = slash >= 0 ? spec.Max : first;
            }
        }

        for (var value = first; value <= last; value += step)
        {
            mask |= 1UL << value;
        }

        error = null;
        return true;
    }

    private static bool TryParseValue(string text, CronFieldSpec spec, out int value, out string? error)
    {
        error = null;
        if (text.Length > 0 && char.IsAsciiDigit(text[0]))
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= spec.Min && value <= spec.Max)
            {
                return true;
            }

            error = spec.Kind == CronFieldKind.DayOfWeek && text == "7"
                ? "the day-of-week field is 0-6 with Sunday = 0, as in NCRONTAB; 7 is not accepted (use 0 or SUN)"
                : $"the {spec.Name} field has the value '{text}' outside {spec.Min}-{spec.Max}";
            return false;
        }

        if (spec.TryParseName(text, out value))
        {
            return true;
        }

        error = spec.HasNames
            ? $"the {spec.Name} field has the unknown value '{text}' (numbers {spec.Min}-{spec.Max} or names such as {spec.ExampleName})"
            : $"the {spec.Name} field has the value '{text}', which is not a number";
        return false;
    }
}
