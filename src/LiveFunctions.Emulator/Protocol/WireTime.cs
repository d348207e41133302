using System.Globalization;

namespace LiveFunctions.Emulator.Protocol;

/// <summary>
/// The APIs' one time format: UTC <c>yyyy-MM-ddTHH:mm:ssZ</c>, no fractional seconds, no offsets. The developer
/// endpoints also read and write a looser ISO-8601 (<see cref="TryParseIso"/>, <see cref="FormatIso"/>).
/// </summary>
internal static class WireTime
{
    private const string Layout = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Formats a time in UTC; fractions of a second are dropped.</summary>
    public static string Format(DateTimeOffset time) =>
        time.ToUniversalTime().ToString(Layout, CultureInfo.InvariantCulture);

    /// <summary>Parses exactly <c>yyyy-MM-ddTHH:mm:ssZ</c>; every other layout is refused.</summary>
    public static bool TryParse(string? value, out DateTimeOffset time)
    {
        time = default;
        if (value is null || value.Length != 20)
        {
            return false;
        }

        if (!DateTime.TryParseExact(value, Layout, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return false;
        }

        time = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
        return true;
    }

    /// <summary>
    /// Parses the looser ISO-8601 the developer endpoints accept (any offset, optional fractions), as UTC.
    /// A value without an offset is taken as UTC.
    /// </summary>
    public static bool TryParseIso(string? value, out DateTimeOffset time)
    {
        if (!string.IsNullOrWhiteSpace(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            time = parsed.ToUniversalTime();
            return true;
        }

        time = default;
        return false;
    }

    /// <summary>Formats as ISO-8601 UTC, keeping fractions of a second when there are any.</summary>
    public static string FormatIso(DateTimeOffset time) =>
        time.ToUniversalTime().ToString(time.Ticks % TimeSpan.TicksPerSecond == 0 ? Layout : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
