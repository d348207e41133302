using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.Snapshots;

/// <summary>One captured snapshot object. <c>IsOverlay</c>: stored in overwrite mode (the same object every time).</summary>
internal sealed record SnapshotRecord(
    string DomainName,
    string AppName,
    string StreamName,
    string OssEndpoint,
    string OssBucket,
    string OssObject,
    DateTimeOffset CreateTime,
    bool IsOverlay);

/// <summary>The snapshots taken, for DescribeLiveStreamSnapshotInfo and the {Sequence} numbering.</summary>
internal sealed class SnapshotStore : IResettable, IPersistentState
{
    private readonly object _gate = new();
    private readonly List<SnapshotRecord> _records = [];
    private readonly Dictionary<(string Domain, string App, string Stream), int> _sequences = [];

    /// <inheritdoc />
    public string Name => "simulation-snapshots";

    /// <summary>The next {Sequence} of a stream (0, 1, 2, …), counting every capture.</summary>
    public int NextSequence(string domainName, string appName, string streamName)
    {
        lock (_gate)
        {
            var key = (domainName, appName, streamName);
            var next = _sequences.GetValueOrDefault(key);
            _sequences[key] = next + 1;
            return next;
        }
    }

    /// <summary>Remembers a snapshot object.</summary>
    public void Add(SnapshotRecord record)
    {
        lock (_gate)
        {
            _records.Add(record);
        }
    }

    /// <summary>The snapshots of a stream, in capture order.</summary>
    public IReadOnlyList<SnapshotRecord> ForStream(string domainName, string appName, string streamName)
    {
        lock (_gate)
        {
            return _records.Where(r => r.DomainName == domainName && r.AppName == appName && r.StreamName == streamName).ToList();
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        lock (_gate)
        {
            _records.Clear();
            _sequences.Clear();
        }
    }

    /// <inheritdoc />
    public JsonNode Save()
    {
        lock (_gate)
        {
            return new JsonObject
            {
                ["Records"] = JsonSerializer.SerializeToNode(_records),
                ["Sequences"] = JsonSerializer.SerializeToNode(_sequences.Select(s => new SequenceEntry(s.Key.Domain, s.Key.App, s.Key.Stream, s.Value)).ToList()),
            };
        }
    }

    /// <inheritdoc />
    public void Load(JsonNode snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var records = snapshot["Records"]?.Deserialize<List<SnapshotRecord>>() ?? [];
        var sequences = snapshot["Sequences"]?.Deserialize<List<SequenceEntry>>() ?? [];
        lock (_gate)
        {
            _records.Clear();
            _records.AddRange(records);
            _sequences.Clear();
            foreach (var entry in sequences)
            {
                _sequences[(entry.DomainName, entry.AppName, entry.StreamName)] = entry.Next;
            }
        }
    }

    /// <summary>A persisted sequence counter.</summary>
    internal sealed record SequenceEntry(string DomainName, string AppName, string StreamName, int Next);
}
