using System.Globalization;

namespace LiveFunctions.Core.Validation;

/// <summary>The one time format of the Live and ICE APIs: UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c>, no fractional seconds.</summary>
public static class AlibabaTime
{
    /// <summary>The format string, as the documents give it.</summary>
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Formats a time in UTC; fractions of a second are dropped (truncated).</summary>
    public static string ToWire(DateTimeOffset time) =>
        time.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Parses exactly <c>yyyy-MM-ddTHH:mm:ssZ</c>; anything else (offsets, fractions, other layouts) is rejected.</summary>
    public static bool TryParse(string? value, out DateTimeOffset time)
    {
        if (value is not null
            && DateTime.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            time = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
            return true;
        }

        time = default;
        return false;
    }
}
