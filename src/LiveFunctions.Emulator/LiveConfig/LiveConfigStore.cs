using System.Collections.Concurrent;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig;

/// <summary>
/// The Live configuration state of the emulator: recording, snapshot and snapshot-notify configs. The config
/// actions change it; the simulation (recording, snapshots) reads it through the Find methods.
/// </summary>
internal sealed class LiveConfigStore : IResettable
{
    private readonly ConcurrentDictionary<(string Domain, string App, string Stream), RecordConfigState> _recordConfigs = new();
    private readonly ConcurrentDictionary<(string Domain, string App), SnapshotConfigState> _snapshotConfigs = new();
    private readonly ConcurrentDictionary<string, SnapshotNotifyConfigState> _snapshotNotifyConfigs = new(StringComparer.Ordinal);

    /// <summary>All recording configs.</summary>
    public ConcurrentDictionary<(string Domain, string App, string Stream), RecordConfigState> RecordConfigs => _recordConfigs;

    /// <summary>All snapshot configs.</summary>
    public ConcurrentDictionary<(string Domain, string App), SnapshotConfigState> SnapshotConfigs => _snapshotConfigs;

    /// <summary>All snapshot notify configs, by domain.</summary>
    public ConcurrentDictionary<string, SnapshotNotifyConfigState> SnapshotNotifyConfigs => _snapshotNotifyConfigs;

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

    /// <inheritdoc />
    public void Reset()
    {
        _recordConfigs.Clear();
        _snapshotConfigs.Clear();
        _snapshotNotifyConfigs.Clear();
    }
}
