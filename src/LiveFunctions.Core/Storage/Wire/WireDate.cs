using System.Globalization;

namespace LiveFunctions.Core.Storage.Wire;

/// <summary>Dates as the storage services write them in headers and bodies: RFC 1123 (<c>Fri, 09 Oct 2009 21:04:30 GMT</c>).</summary>
internal static class WireDate
{
    /// <summary>The date, or null when missing or not a date.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose) ? loose : null;
    }
}
