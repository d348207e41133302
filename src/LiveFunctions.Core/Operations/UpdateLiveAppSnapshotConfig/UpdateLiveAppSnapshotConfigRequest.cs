namespace LiveFunctions.Core.Operations.UpdateLiveAppSnapshotConfig;

/// <summary>
/// The request of <c>UpdateLiveAppSnapshotConfig</c>: changes the snapshot configuration of an app (effective after the
/// stream is re-ingested). Property names are the document's parameter names, so the record is also the JSON body of
/// <c>PUT /api/domains/{DomainName}/apps/{AppName}/snapshot-config</c>.
/// </summary>
public sealed record UpdateLiveAppSnapshotConfigRequest
{
    /// <summary>The main streaming domain (required).</summary>
    public string? DomainName { get; init; }

    /// <summary>The app the streams belong to (required).</summary>
    public string? AppName { get; init; }

    /// <summary>Seconds between snapshots, 5 to 3600.</summary>
    public int? TimeInterval { get; init; }

    /// <summary>The OSS endpoint host.</summary>
    public string? OssEndpoint { get; init; }

    /// <summary>The OSS bucket.</summary>
    public string? OssBucket { get; init; }

    /// <summary>
    /// The object name of the overwritten snapshot: less than 256 bytes, <c>.jpg</c>, variables {AppName} and
    /// {StreamName}; <c>-</c> deletes it. Only one of this and <see cref="SequenceOssObject"/> may be given.
    /// </summary>
    public string? OverwriteOssObject { get; init; }

    /// <summary>
    /// The object name of sequential snapshots: less than 256 bytes, <c>.jpg</c>, variables {AppName}, {StreamName},
    /// {UnixTimestamp}, {Sequence}, at least one of the last two; <c>-</c> deletes it.
    /// </summary>
    public string? SequenceOssObject { get; init; }

    /// <summary>The URL that receives snapshot notifications (absolute http or https).</summary>
    public string? Callback { get; init; }
}
