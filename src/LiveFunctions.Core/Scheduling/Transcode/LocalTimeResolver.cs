namespace LiveFunctions.Core.Scheduling.Transcode;

/// <summary>
/// The DST policy: which UTC instant a local wall-clock time of a time zone means.
/// <list type="bullet">
/// <item>a normal local time has one instant;</item>
/// <item>a local time that does not exist (the spring-forward gap) moves forward by the length of the gap: it is read
/// with the offset in force before the gap (02:30 in Europe/Berlin on the last Sunday of March is 01:30 UTC, 03:30
/// local);</item>
/// <item>an ambiguous local time (the fall-back overlap) is its first occurrence, the one with the larger offset
/// (02:30 in Europe/Berlin on the last Sunday of October is 00:30 UTC, still summer time).</item>
/// </list>
/// </summary>
public static class LocalTimeResolver
{
    // Steps back from a skipped time to the last valid local time before the gap, whose offset is the one before it.
    // DST gaps are an hour or two; the search gives up after two days.
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan MaximumGap = TimeSpan.FromHours(48);

    /// <summary>The UTC instant of a local date and time in a zone, under the policy above.</summary>
    public static DateTimeOffset ToUtc(DateTime localTime, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = DateTime.SpecifyKind(localTime, DateTimeKind.Unspecified);

        if (zone.IsInvalidTime(local))
        {
            return new DateTimeOffset(local, OffsetBeforeGap(local, zone)).ToUniversalTime();
        }

        if (zone.IsAmbiguousTime(local))
        {
            // The first occurrence is the earlier instant, i.e. the larger UTC offset.
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max()).ToUniversalTime();
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static TimeSpan OffsetBeforeGap(DateTime skipped, TimeZoneInfo zone)
    {
        for (var probe = skipped - Step; skipped - probe <= MaximumGap; probe -= Step)
        {
            if (!zone.IsInvalidTime(probe))
            {
                return zone.IsAmbiguousTime(probe) ? zone.GetAmbiguousTimeOffsets(probe).Min() : zone.GetUtcOffset(probe);
            }
        }

        // Not reachable with real zone data; the standard offset is the safest reading.
        return zone.BaseUtcOffset;
    }
}
