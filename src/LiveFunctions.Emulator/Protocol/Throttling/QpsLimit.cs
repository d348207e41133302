using System.Globalization;

namespace LiveFunctions.Emulator.Protocol.Throttling;

/// <summary>At most <see cref="Count"/> accepted calls in any sliding window of <see cref="Window"/>.</summary>
internal readonly record struct QpsLimit(int Count, TimeSpan Window)
{
    /// <summary>Writes the limit as configured: <c>30/s</c>, <c>1000/min</c>.</summary>
    public override string ToString() =>
        Window == TimeSpan.FromMinutes(1)
            ? $"{Count.ToString(CultureInfo.InvariantCulture)}/min"
            : $"{Count.ToString(CultureInfo.InvariantCulture)}/s";

    /// <summary>
    /// Parses <c>N/s</c> or <c>N/min</c> (N ≥ 1); <c>none</c> or empty means no limit (<paramref name="limit"/> null).
    /// False when the text is neither.
    /// </summary>
    public static bool TryParse(string? text, out QpsLimit? limit)
    {
        limit = null;
        var value = text?.Trim() ?? "";
        if (value.Length == 0 || string.Equals(value, "none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0
            || !int.TryParse(value.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1)
        {
            return false;
        }

        var unit = value[(slash + 1)..];
        TimeSpan? window = unit switch
        {
            "s" => TimeSpan.FromSeconds(1),
            "min" => TimeSpan.FromMinutes(1),
            _ => null,
        };
        if (window is null)
        {
            return false;
        }

        limit = new QpsLimit(count, window.Value);
        return true;
    }
}
