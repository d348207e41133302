using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.RecordIndex;

/// <summary>The index files CreateLiveStreamRecordIndexFiles made, for the Describe actions.</summary>
internal sealed class RecordIndexStore : IResettable, IPersistentState
{
    private readonly object _gate = new();
    private readonly List<RecordIndexInfo> _records = [];

    /// <inheritdoc />
    public string Name => "simulation-record-indexes";

    /// <summary>Remembers a created index.</summary>
    public void Add(RecordIndexInfo record)
    {
        lock (_gate)
        {
            _records.Add(record);
        }
    }

    /// <summary>The indexes of a stream, in creation order.</summary>
    public IReadOnlyList<RecordIndexInfo> ForStream(string domainName, string appName, string streamName)
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
        }
    }

    /// <inheritdoc />
    public JsonNode Save()
    {
        lock (_gate)
        {
            return JsonSerializer.SerializeToNode(_records) ?? new JsonArray();
        }
    }

    /// <inheritdoc />
    public void Load(JsonNode snapshot)
    {
        var loaded = snapshot.Deserialize<List<RecordIndexInfo>>() ?? [];
        lock (_gate)
        {
            _records.Clear();
            _records.AddRange(loaded);
        }
    }
}
