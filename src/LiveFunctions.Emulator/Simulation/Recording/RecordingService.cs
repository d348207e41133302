using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.LiveConfig;
using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Simulation.ObjectStorage;
using LiveFunctions.Emulator.Simulation.Streams;

namespace LiveFunctions.Emulator.Simulation.Recording;

/// <summary>
/// Recording of the simulated streams. Segments are computed lazily by <see cref="SegmentPlanner"/> with the config
/// that applies now; once a segment is written to the object store its location is remembered, so a later config
/// change (another bucket or prefix) does not move segments that already exist — which is what
/// <c>InvalidConfig.Changed</c> detects.
/// </summary>
internal sealed class RecordingService(LiveConfigStore configs, StreamSessionStore sessions, ObjectStore objects) : IResettable, IPersistentState
{
    private readonly ConcurrentDictionary<(string SessionId, int Sequence), StoredLocation> _written = new();

    /// <inheritdoc />
    public string Name => "simulation-recording";

    /// <summary>What recording applies to a stream now.</summary>
    public RecordingKind Classify(string domainName, string appName, string streamName, out RecordingPlan? plan) =>
        SegmentPlanner.Classify(configs.FindRecordConfig(domainName, appName, streamName), out plan);

    /// <summary>The existing segments of a stream (every session) that start in [from, to), in time order.</summary>
    public List<RecordSegment> StartingIn(IEnumerable<PublishSession> streamSessions, RecordingPlan plan, DateTimeOffset now, DateTimeOffset from, DateTimeOffset to) =>
        streamSessions
            .Where(s => s.OverlapsAt(from, to, now))
            .SelectMany(s => SegmentPlanner.StartingIn(s, plan, now, from, to))
            .Select(AsWritten)
            .ToList();

    /// <summary>The segment after <paramref name="last"/> in the same session, if it exists now.</summary>
    public RecordSegment? After(PublishSession session, RecordSegment last, RecordingPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(last);
        var next = SegmentPlanner.Segment(session, plan, last.Sequence + 1, now);
        return next is null ? null : AsWritten(next);
    }

    /// <summary>Writes the segments' TS objects (where missing) and remembers where they are.</summary>
    public void Store(IEnumerable<RecordSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        foreach (var segment in segments)
        {
            var location = new StoredLocation(segment.OssEndpoint, segment.Bucket, segment.Key);
            if (_written.TryAdd((segment.SessionId, segment.Sequence), location) || !objects.Exists(segment.Bucket, segment.Key))
            {
                objects.Put(segment.Bucket, segment.Key, PlaceholderMedia.TransportStream($"session {segment.SessionId} segment {segment.Sequence}"));
            }
        }
    }

    /// <summary>
    /// Writes the TS segment stored as (bucket, key) if some session's recording has it by now; false when none does.
    /// The OSS route calls this for an object it does not hold yet.
    /// </summary>
    public bool TryMaterialize(string bucket, string key, DateTimeOffset now)
    {
        if (!key.EndsWith(".ts", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var session in sessions.All())
        {
            if (Classify(session.DomainName, session.AppName, session.StreamName, out var plan) != RecordingKind.Segments || plan!.Config.OssBucket != bucket)
            {
                continue;
            }

            var match = SegmentPlanner.StartingIn(session, plan, now, session.StartTime, DateTimeOffset.MaxValue)
                // A segment written elsewhere before a config change is not at its planned key.
                .FirstOrDefault(s => s.Key == key && !_written.ContainsKey((s.SessionId, s.Sequence)));
            if (match is not null)
            {
                Store([match]);
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public void Reset() => _written.Clear();

    /// <inheritdoc />
    public JsonNode Save() =>
        JsonSerializer.SerializeToNode(_written.Select(w => new WrittenEntry(w.Key.SessionId, w.Key.Sequence, w.Value)).ToList()) ?? new JsonArray();

    /// <inheritdoc />
    public void Load(JsonNode snapshot)
    {
        _written.Clear();
        foreach (var entry in snapshot.Deserialize<List<WrittenEntry>>() ?? [])
        {
            _written[(entry.SessionId, entry.Sequence)] = entry.Location;
        }
    }

    private RecordSegment AsWritten(RecordSegment planned) =>
        _written.TryGetValue((planned.SessionId, planned.Sequence), out var stored)
            ? planned with { OssEndpoint = stored.OssEndpoint, Bucket = stored.Bucket, Key = stored.Key }
            : planned;

    /// <summary>Where a written segment is.</summary>
    internal sealed record StoredLocation(string OssEndpoint, string Bucket, string Key);

    /// <summary>One remembered segment, as persisted.</summary>
    internal sealed record WrittenEntry(string SessionId, int Sequence, StoredLocation Location);
}
