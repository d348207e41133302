using System.Globalization;

namespace LiveFunctions.Emulator.Simulation.Common;

/// <summary>The Live/ICE wire time format: UTC <c>yyyy-MM-ddTHH:mm:ssZ</c>, nothing else.</summary>
internal static class WireTime
{
    private const string Layout = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Parses exactly the wire format; offsets, fractions and other layouts are rejected.</summary>
    public static bool TryParse(string? value, out DateTimeOffset time)
    {
        if (value is not null
            && DateTime.TryParseExact(value, Layout, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            time = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
            return true;
        }

        time = default;
        return false;
    }

    /// <summary>Formats in the wire format (fractions of a second are truncated).</summary>
    public static string Format(DateTimeOffset time) =>
        time.ToUniversalTime().ToString(Layout, CultureInfo.InvariantCulture);

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

    /// <summary>Whole UNIX seconds of a time.</summary>
    public static long UnixSeconds(DateTimeOffset time) => time.ToUnixTimeSeconds();
}
