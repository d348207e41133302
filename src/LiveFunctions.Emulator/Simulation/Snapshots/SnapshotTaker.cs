using LiveFunctions.Emulator.LiveConfig;
using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Simulation.ObjectStorage;

namespace LiveFunctions.Emulator.Simulation.Snapshots;

/// <summary>
/// Captures one snapshot: writes the JPG object(s) the config names (SequenceOssObject and/or OverwriteOssObject;
/// neither: <c>snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg</c>) and records them.
/// </summary>
internal sealed class SnapshotTaker(ObjectStore objects, SnapshotStore snapshots)
{
    /// <summary>The sequence name used when a config names no object.</summary>
    public const string DefaultSequenceObject = "snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg";

    /// <summary>
    /// Takes the snapshot of a stream at <paramref name="time"/>; returns the object the callback reports (the
    /// sequence object when there is one, else the overwrite object), or null when no name expands to a valid key.
    /// </summary>
    public SnapshotRecord? Take(SnapshotConfigState config, string appName, string streamName, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(config);
        var sequenceName = Named(config.SequenceOssObject);
        var overwriteName = Named(config.OverwriteOssObject);
        if (sequenceName is null && overwriteName is null)
        {
            sequenceName = DefaultSequenceObject;
        }

        var sequence = snapshots.NextSequence(config.DomainName, appName, streamName);
        SnapshotRecord? reported = null;
        if (overwriteName is not null)
        {
            reported = Write(config, appName, streamName, ObjectKeys.Expand(overwriteName, appName, streamName, time, sequence), time, isOverlay: true);
        }

        if (sequenceName is not null)
        {
            reported = Write(config, appName, streamName, ObjectKeys.Expand(sequenceName, appName, streamName, time, sequence), time, isOverlay: false) ?? reported;
        }

        return reported;
    }

    private SnapshotRecord? Write(SnapshotConfigState config, string appName, string streamName, string key, DateTimeOffset time, bool isOverlay)
    {
        if (!objects.Put(config.OssBucket, key, PlaceholderMedia.Jpeg($"{config.DomainName}/{streamName} {WireTime.Format(time)}")))
        {
            return null;
        }

        var record = new SnapshotRecord(config.DomainName, appName, streamName, config.OssEndpoint, config.OssBucket, key, time, isOverlay);
        snapshots.Add(record);
        return record;
    }

    // "-" is the documented way to delete a name; treat it like an absent one.
    private static string? Named(string? value) => string.IsNullOrEmpty(value) || value == "-" ? null : value;
}
