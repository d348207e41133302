using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig;

/// <summary>How adding a config ended.</summary>
internal enum AddOutcome
{
    /// <summary>The config was added.</summary>
    Added,

    /// <summary>A config of the same kind exists for the key (<c>ConfigAlreadyExists</c>).</summary>
    Exists,

    /// <summary>A config of the other recording kind (OSS vs live-to-VOD) exists for the key.</summary>
    OtherKindExists,
}

/// <summary>
/// The Live configuration state of the emulator: recording (OSS and live-to-VOD), snapshot and snapshot-notify configs.
/// The config actions change it; the simulation (recording, snapshots) reads it through the Find methods. Reads are
/// lock-free; changes that check and then write take one lock, so concurrent Adds cannot both win.
/// </summary>
internal sealed class LiveConfigStore : IResettable, IPersistentState
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<(string Domain, string App, string Stream), RecordConfigState> _recordConfigs = new();
    private readonly ConcurrentDictionary<(string Domain, string App, string Stream), RecordVodConfigState> _recordVodConfigs = new();
    private readonly ConcurrentDictionary<(string Domain, string App), SnapshotConfigState> _snapshotConfigs = new();
    private readonly ConcurrentDictionary<string, SnapshotNotifyConfigState> _snapshotNotifyConfigs = new(StringComparer.Ordinal);

    /// <summary>All recording configs.</summary>
    public ConcurrentDictionary<(string Domain, string App, string Stream), RecordConfigState> RecordConfigs => _recordConfigs;

    /// <summary>All live-to-VOD configs.</summary>
    public ConcurrentDictionary<(string Domain, string App, string Stream), RecordVodConfigState> RecordVodConfigs => _recordVodConfigs;

    /// <summary>All snapshot configs.</summary>
    public ConcurrentDictionary<(string Domain, string App), SnapshotConfigState> SnapshotConfigs => _snapshotConfigs;

    /// <summary>All snapshot notify configs, by domain.</summary>
    public ConcurrentDictionary<string, SnapshotNotifyConfigState> SnapshotNotifyConfigs => _snapshotNotifyConfigs;

    /// <inheritdoc />
    public string Name => "live-config";

    /// <summary>
    /// The recording config that applies to a stream: the stream's own, else its app's, else the domain's
    /// all-apps (<c>*</c>) config; null when none applies.
    /// </summary>
    public RecordConfigState? FindRecordConfig(string domainName, string appName, string streamName)
    {
        foreach (var key in new[] { (domainName, appName, streamName), (domainName, appName, ""), (domainName, appName, "*"), (domainName, "*", ""), (domainName, "*", "*") })
        {
            if (_recordConfigs.TryGetValue(key, out var config))
            {
                return config;
            }
        }

        return null;
    }

    /// <summary>The snapshot config that applies to an app (its own, else the all-apps <c>*</c> one); null when none.</summary>
    public SnapshotConfigState? FindSnapshotConfig(string domainName, string appName) =>
        _snapshotConfigs.TryGetValue((domainName, appName), out var config) ? config
        : _snapshotConfigs.TryGetValue((domainName, "*"), out var all) ? all
        : null;

    /// <summary>The snapshot notify config of a domain; null when none.</summary>
    public SnapshotNotifyConfigState? FindSnapshotNotifyConfig(string domainName) =>
        _snapshotNotifyConfigs.TryGetValue(domainName, out var config) ? config : null;

    /// <summary>Adds an OSS recording config unless one (or a live-to-VOD config) exists for its triple.</summary>
    public AddOutcome AddRecordConfig(RecordConfigState config) =>
        AddExclusive(_recordConfigs, _recordVodConfigs, (config.DomainName, config.AppName, config.StreamName), config);

    /// <summary>Adds a live-to-VOD config unless one (or an OSS recording config) exists for its triple.</summary>
    public AddOutcome AddRecordVodConfig(RecordVodConfigState config) =>
        AddExclusive(_recordVodConfigs, _recordConfigs, (config.DomainName, config.AppName, config.StreamName), config);

    /// <summary>Adds a snapshot config unless one exists for (domain, app).</summary>
    public bool AddSnapshotConfig(SnapshotConfigState config)
    {
        lock (_gate)
        {
            return _snapshotConfigs.TryAdd((config.DomainName, config.AppName), config);
        }
    }

    /// <summary>Adds a snapshot notify config unless the domain has one.</summary>
    public bool AddSnapshotNotifyConfig(SnapshotNotifyConfigState config)
    {
        lock (_gate)
        {
            return _snapshotNotifyConfigs.TryAdd(config.DomainName, config);
        }
    }

    /// <summary>Replaces an existing config with <paramref name="change"/>(current); null when there is none.</summary>
    public TValue? Update<TKey, TValue>(ConcurrentDictionary<TKey, TValue> configs, TKey key, Func<TValue, TValue> change)
        where TKey : notnull
        where TValue : class
    {
        ArgumentNullException.ThrowIfNull(configs);
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            if (!configs.TryGetValue(key, out var current))
            {
                return null;
            }

            var changed = change(current);
            configs[key] = changed;
            return changed;
        }
    }

    /// <summary>Removes a config; false when there was none.</summary>
    public bool Remove<TKey, TValue>(ConcurrentDictionary<TKey, TValue> configs, TKey key)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(configs);
        lock (_gate)
        {
            return configs.TryRemove(key, out _);
        }
    }

    // A triple holds one recording config of either kind.
    private AddOutcome AddExclusive<TConfig, TOther>(
        ConcurrentDictionary<(string Domain, string App, string Stream), TConfig> configs,
        ConcurrentDictionary<(string Domain, string App, string Stream), TOther> others,
        (string Domain, string App, string Stream) key,
        TConfig config)
    {
        lock (_gate)
        {
            return configs.ContainsKey(key) ? AddOutcome.Exists
                : others.ContainsKey(key) ? AddOutcome.OtherKindExists
                : configs.TryAdd(key, config) ? AddOutcome.Added : AddOutcome.Exists;
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        lock (_gate)
        {
            _recordConfigs.Clear();
            _recordVodConfigs.Clear();
            _snapshotConfigs.Clear();
            _snapshotNotifyConfigs.Clear();
        }
    }

    /// <inheritdoc />
    public JsonNode Save()
    {
        lock (_gate)
        {
            return new JsonObject
            {
                ["RecordConfigs"] = JsonSerializer.SerializeToNode(_recordConfigs.Values.ToList()),
                ["RecordVodConfigs"] = JsonSerializer.SerializeToNode(_recordVodConfigs.Values.ToList()),
                ["SnapshotConfigs"] = JsonSerializer.SerializeToNode(_snapshotConfigs.Values.ToList()),
                ["SnapshotNotifyConfigs"] = JsonSerializer.SerializeToNode(_snapshotNotifyConfigs.Values.ToList()),
            };
        }
    }

    /// <inheritdoc />
    public void Load(JsonNode snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var records = snapshot["RecordConfigs"].Deserialize<List<RecordConfigState>>() ?? [];
        var vods = snapshot["RecordVodConfigs"].Deserialize<List<RecordVodConfigState>>() ?? [];
        var snapshots = snapshot["SnapshotConfigs"].Deserialize<List<SnapshotConfigState>>() ?? [];
        var notifies = snapshot["SnapshotNotifyConfigs"].Deserialize<List<SnapshotNotifyConfigState>>() ?? [];
        lock (_gate)
        {
            Reset();
            foreach (var config in records)
            {
                _recordConfigs[(config.DomainName, config.AppName, config.StreamName)] = config;
            }

            foreach (var config in vods)
            {
                _recordVodConfigs[(config.DomainName, config.AppName, config.StreamName)] = config;
            }

            foreach (var config in snapshots)
            {
                _snapshotConfigs[(config.DomainName, config.AppName)] = config;
            }

            foreach (var config in notifies)
            {
                _snapshotNotifyConfigs[config.DomainName] = config;
            }
        }
    }
}
