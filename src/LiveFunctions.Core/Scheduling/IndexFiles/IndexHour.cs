using System.Globalization;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>
/// One whole UTC hour, half-open: [<see cref="Start"/>, <see cref="End"/>). The unit of work of the hourly index files:
/// one manifest per (domain, app, stream, hour).
/// </summary>
public readonly struct IndexHour : IEquatable<IndexHour>, IComparable<IndexHour>
{
    private IndexHour(DateTimeOffset start)
    {
        Start = start;
    }

    /// <summary>The first instant of the hour (UTC, minutes and seconds zero).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The first instant after the hour (the start of the next hour); not part of this hour.</summary>
    public DateTimeOffset End => Start.AddHours(1);

    /// <summary>The hour after this one.</summary>
    public IndexHour Next => new(Start.AddHours(1));

    /// <summary>The hour before this one.</summary>
    public IndexHour Previous => new(Start.AddHours(-1));

    /// <summary>The hour as <c>yyyyMMddHH</c> (UTC), the last part of work item ids.</summary>
    public string Key => Start.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    /// <summary>The hour that contains a time (the time rounded down to the hour, in UTC).</summary>
    public static IndexHour Containing(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new(new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero));
    }

    /// <summary>The first hour that starts at or after a time (the time rounded up to the hour, in UTC).</summary>
    public static IndexHour StartingAtOrAfter(DateTimeOffset time)
    {
        var hour = Containing(time);
        return hour.Start == time ? hour : hour.Next;
    }

    /// <summary>The hour that starts at a time; the time must be a whole UTC hour.</summary>
    /// <exception cref="ArgumentException">The time is not a whole hour.</exception>
    public static IndexHour FromStart(DateTimeOffset start) =>
        TryFromStart(start, out var hour)
            ? hour
            : throw new ArgumentException($"{start:O} is not the start of a whole UTC hour.", nameof(start));

    /// <summary>True, with the hour, when a time is a whole UTC hour (minutes, seconds and fractions zero).</summary>
    public static bool TryFromStart(DateTimeOffset start, out IndexHour hour)
    {
        hour = Containing(start);
        return hour.Start == start;
    }

    /// <summary>The hours from <paramref name="first"/> to <paramref name="last"/>, both included, oldest first; empty when last is before first.</summary>
    public static IReadOnlyList<IndexHour> Range(IndexHour first, IndexHour last)
    {
        var hours = new List<IndexHour>();
        for (var hour = first; hour <= last; hour = hour.Next)
        {
            hours.Add(hour);
        }

        return hours;
    }

    /// <summary>The hour <paramref name="hours"/> hours later (earlier when negative).</summary>
    public IndexHour AddHours(int hours) => new(Start.AddHours(hours));

    /// <summary>Whole hours from this hour to another (positive when <paramref name="other"/> is later).</summary>
    public int HoursUntil(IndexHour other) => (int)Math.Round((other.Start - Start).TotalHours);

    /// <summary>True when the time lies in [Start, End).</summary>
    public bool Contains(DateTimeOffset time) => time >= Start && time < End;

    /// <summary>True when the hour overlaps the range [from, to); a null <paramref name="to"/> means "still open".</summary>
    public bool Overlaps(DateTimeOffset from, DateTimeOffset? to) => from < End && (to is null || to > Start);

    /// <inheritdoc/>
    public bool Equals(IndexHour other) => Start == other.Start;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IndexHour other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Start.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(IndexHour other) => Start.CompareTo(other.Start);

    /// <summary>The hour as <c>[start, end)</c> in the APIs' time format.</summary>
    public override string ToString() => $"[{AlibabaTime.ToWire(Start)}, {AlibabaTime.ToWire(End)})";

    /// <summary>Equality.</summary>
    public static bool operator ==(IndexHour left, IndexHour right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(IndexHour left, IndexHour right) => !left.Equals(right);

    /// <summary>Earlier than.</summary>
    public static bool operator <(IndexHour left, IndexHour right) => left.CompareTo(right) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(IndexHour left, IndexHour right) => left.CompareTo(right) > 0;

    /// <summary>Earlier than or the same.</summary>
    public static bool operator <=(IndexHour left, IndexHour right) => left.CompareTo(right) <= 0;

    /// <summary>Later than or the same.</summary>
    public static bool operator >=(IndexHour left, IndexHour right) => left.CompareTo(right) >= 0;
}
