using LiveFunctions.Emulator.LiveConfig;
using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Simulation.ObjectStorage;
using LiveFunctions.Emulator.Simulation.Streams;

namespace LiveFunctions.Emulator.Simulation.Recording;

/// <summary>
/// The segments a session has, computed from (session, plan, clock) alone: segment <c>i</c> starts at
/// <c>session start + i × SliceDuration</c>; the last one of an ended session is cut at the stop time; a segment exists
/// once it is complete (its end is not after now). With a recording window (config StartTime/EndTime) only segments
/// starting inside it exist.
/// </summary>
internal static class SegmentPlanner
{
    /// <summary>Classifies a config and picks its first raw m3u8/cmaf format.</summary>
    public static RecordingKind Classify(RecordConfigState? config, out RecordingPlan? plan)
    {
        plan = null;
        // OnDemand 1/2/7 record only when asked (HTTP callback, ingest parameter, command), which the emulator never is.
        if (config is null || config.OnDemand != 0 || config.RecordFormats.Count == 0)
        {
            return RecordingKind.None;
        }

        var format = config.RecordFormats.FirstOrDefault(f =>
            string.Equals(f.Format, "m3u8", StringComparison.OrdinalIgnoreCase) || string.Equals(f.Format, "cmaf", StringComparison.OrdinalIgnoreCase));
        if (format is null)
        {
            return RecordingKind.FlvOrMp4Only;
        }

        plan = new RecordingPlan(config, format);
        return RecordingKind.Segments;
    }

    /// <summary>The existing segments of a session whose start lies in [from, to), in order.</summary>
    public static IEnumerable<RecordSegment> StartingIn(PublishSession session, RecordingPlan plan, DateTimeOffset now, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(plan);
        var slice = plan.Slice.Ticks;
        var firstIndex = from <= session.StartTime ? 0 : CeilDiv((from - session.StartTime).Ticks, slice);
        for (var index = firstIndex; index <= int.MaxValue; index++)
        {
            var start = session.StartTime + TimeSpan.FromTicks(index * slice);
            if (start >= to || start >= session.PushedUntil(now))
            {
                yield break;
            }

            var segment = Complete(session, plan, (int)index, now);
            if (segment is null)
            {
                // Not complete yet: later segments are not either.
                yield break;
            }

            if (InWindow(plan.Config, start))
            {
                yield return segment;
            }
        }
    }

    /// <summary>Segment <paramref name="index"/> of a session if it exists at <paramref name="now"/>.</summary>
    public static RecordSegment? Segment(PublishSession session, RecordingPlan plan, int index, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(plan);
        var segment = Complete(session, plan, index, now);
        return segment is not null && InWindow(plan.Config, segment.Start) ? segment : null;
    }

    // The segment, ignoring the recording window, when it is complete at now; null otherwise.
    private static RecordSegment? Complete(PublishSession session, RecordingPlan plan, int index, DateTimeOffset now)
    {
        var start = session.StartTime + TimeSpan.FromTicks(index * plan.Slice.Ticks);
        var end = start + plan.Slice;
        if (session.EndTime is { } stop && stop < end)
        {
            end = stop;
        }

        if (end <= start || end > now)
        {
            return null;
        }

        var key = SegmentKey(plan.SlicePrefix, session, start, index);
        return new RecordSegment(session.Id, index, start, end - start, plan.Config.OssEndpoint, plan.Config.OssBucket, key);
    }

    /// <summary>The object key of a segment: the slice prefix with its variables expanded, plus <c>.ts</c>.</summary>
    public static string SegmentKey(string prefix, PublishSession session, DateTimeOffset start, int sequence)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(session);
        var key = ObjectKeys.Expand(prefix, session.AppName, session.StreamName, start, sequence);
        return key.EndsWith(".ts", StringComparison.OrdinalIgnoreCase) ? key : key + ".ts";
    }

    private static bool InWindow(RecordConfigState config, DateTimeOffset start) =>
        (!WireTime.TryParse(config.StartTime, out var windowStart) || start >= windowStart)
        && (!WireTime.TryParse(config.EndTime, out var windowEnd) || start < windowEnd);

    private static long CeilDiv(long a, long b) => (a + b - 1) / b;
}
