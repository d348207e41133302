using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.Streams;

/// <summary>The publishing sessions the developer endpoints created. Sessions of one stream never overlap.</summary>
internal sealed class StreamSessionStore : IResettable, IPersistentState
{
    private readonly object _gate = new();
    private readonly List<PublishSession> _sessions = [];

    /// <inheritdoc />
    public string Name => "simulation-streams";

    /// <summary>Adds a session; fails (giving the clashing session) when it overlaps a session of the same stream.</summary>
    public bool TryAdd(PublishSession session, out PublishSession? clash)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (_gate)
        {
            clash = _sessions.Find(s => s.IsOf(session.DomainName, session.AppName, session.StreamName) && Overlap(s, session));
            if (clash is not null)
            {
                return false;
            }

            _sessions.Add(session);
            _sessions.Sort(static (a, b) => a.StartTime.CompareTo(b.StartTime));
            return true;
        }
    }

    /// <summary>Ends the open-ended session of a stream at <paramref name="at"/>; null when the stream has none that is open at that time.</summary>
    public PublishSession? Stop(string domainName, string appName, string streamName, DateTimeOffset at)
    {
        lock (_gate)
        {
            var index = _sessions.FindIndex(s => s.IsOf(domainName, appName, streamName) && s.EndTime is null && s.StartTime < at);
            if (index < 0)
            {
                return null;
            }

            var stopped = _sessions[index] with { EndTime = at };
            _sessions[index] = stopped;
            return stopped;
        }
    }

    /// <summary>Every session, oldest start first.</summary>
    public IReadOnlyList<PublishSession> All()
    {
        lock (_gate)
        {
            return _sessions.ToList();
        }
    }

    /// <summary>The sessions of one stream, oldest first.</summary>
    public IReadOnlyList<PublishSession> ForStream(string domainName, string appName, string streamName)
    {
        lock (_gate)
        {
            return _sessions.Where(s => s.IsOf(domainName, appName, streamName)).ToList();
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        lock (_gate)
        {
            _sessions.Clear();
        }
    }

    /// <inheritdoc />
    public JsonNode Save()
    {
        lock (_gate)
        {
            return JsonSerializer.SerializeToNode(_sessions) ?? new JsonArray();
        }
    }

    /// <inheritdoc />
    public void Load(JsonNode snapshot)
    {
        var loaded = snapshot.Deserialize<List<PublishSession>>() ?? [];
        lock (_gate)
        {
            _sessions.Clear();
            _sessions.AddRange(loaded.OrderBy(s => s.StartTime));
        }
    }

    private static bool Overlap(PublishSession a, PublishSession b) =>
        a.StartTime < (b.EndTime ?? DateTimeOffset.MaxValue) && b.StartTime < (a.EndTime ?? DateTimeOffset.MaxValue);
}
