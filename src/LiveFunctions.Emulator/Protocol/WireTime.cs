using System.Globalization;

namespace LiveFunctions.Emulator.Protocol;

/// <summary>The APIs' one time format: UTC <c>yyyy-MM-ddTHH:mm:ssZ</c>, no fractional seconds, no offsets.</summary>
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
}
