using System.Globalization;
using System.Text.Json;

namespace LiveFunctions.Core.Callbacks.Parsing;

/// <summary>
/// Reads a callback time given as UNIX seconds, UNIX milliseconds (a number or a string of digits, fractions allowed)
/// or an ISO-8601 / <c>yyyy-MM-dd HH:mm:ss</c> text (UTC when no offset is given). Values of 100,000,000,000 and more
/// are milliseconds (as seconds they would be after the year 5000). Times before 2000 or from 2200 on are refused as
/// implausible. The result is UTC, truncated to milliseconds.
/// </summary>
internal static class CallbackTimeValue
{
    private const decimal MillisecondsThreshold = 100_000_000_000m;
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool TryRead(JsonElement value, out DateTimeOffset time)
    {
        time = default;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDecimal(out var number) && TryFromUnix(number, out time),
            JsonValueKind.String => TryReadText(value.GetString()!.Trim(), out time),
            _ => false,
        };
    }

    private static bool TryReadText(string text, out DateTimeOffset time)
    {
        time = default;
        if (text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                && TryFromUnix(number, out time);
        }

        if (!DateTimeOffset.TryParse(
                text,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
                out var parsed))
        {
            return false;
        }

        return TryAccept(TruncateToMilliseconds(parsed.ToUniversalTime()), out time);
    }

    private static bool TryFromUnix(decimal number, out DateTimeOffset time)
    {
        time = default;
        var milliseconds = number >= MillisecondsThreshold ? number : number * 1000m;
        if (milliseconds < 0 || milliseconds >= (decimal)Latest.ToUnixTimeMilliseconds())
        {
            return false;
        }

        return TryAccept(DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Truncate(milliseconds)), out time);
    }

    private static bool TryAccept(DateTimeOffset candidate, out DateTimeOffset time)
    {
        time = candidate;
        return candidate >= Earliest && candidate < Latest;
    }

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), value.Offset);
}
