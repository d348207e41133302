namespace LiveFunctions.Core.Callbacks.Parsing;

/// <summary>One snapshot as understood from a Live callback body (field names of the body vary; see docs/snapshot-callbacks.md).</summary>
/// <param name="DomainName">The streaming domain (as sent; the dedupe key and storage names use it lower-cased).</param>
/// <param name="AppName">The application name.</param>
/// <param name="StreamName">The stream name.</param>
/// <param name="SnapshotTime">When the snapshot was taken, UTC, millisecond precision.</param>
/// <param name="OssEndpoint">The OSS endpoint of the image, when the body names one.</param>
/// <param name="OssBucket">The OSS bucket of the image, when the body names one.</param>
/// <param name="OssObject">The OSS object name of the image, when the body names one.</param>
/// <param name="EventName">The event name the body carried (e.g. <c>live_snapshot</c>), when it carried one.</param>
public sealed record SnapshotEvent(
    string DomainName,
    string AppName,
    string StreamName,
    DateTimeOffset SnapshotTime,
    string? OssEndpoint,
    string? OssBucket,
    string? OssObject,
    string? EventName);
