namespace LiveFunctions.Emulator.LiveConfig;

/// <summary>One <c>RecordFormat</c> / <c>TranscodeRecordFormat</c> entry of a recording config.</summary>
internal sealed record RecordFormatState(
    string Format,
    int CycleDuration,
    int SliceDuration,
    string? OssObjectPrefix,
    string? SliceOssObjectPrefix);

/// <summary>An OSS recording config, identified by (DomainName, AppName, StreamName); StreamName is empty for an app-level config.</summary>
internal sealed record RecordConfigState(
    string DomainName,
    string AppName,
    string StreamName,
    string OssEndpoint,
    string OssBucket,
    IReadOnlyList<RecordFormatState> RecordFormats,
    IReadOnlyList<RecordFormatState> TranscodeRecordFormats,
    IReadOnlyList<string> TranscodeTemplates,
    int OnDemand,
    int? DelayTime,
    string? StartTime,
    string? EndTime,
    DateTimeOffset CreateTime);

/// <summary>A snapshot config of (DomainName, AppName).</summary>
internal sealed record SnapshotConfigState(
    string DomainName,
    string AppName,
    int TimeInterval,
    string OssEndpoint,
    string OssBucket,
    string? OverwriteOssObject,
    string? SequenceOssObject,
    string? Callback,
    DateTimeOffset CreateTime);

/// <summary>The snapshot notify (callback authentication) config of a domain. ToString never shows the auth key.</summary>
internal sealed record SnapshotNotifyConfigState(
    string DomainName,
    string NotifyUrl,
    bool NotifyReqAuth,
    string? NotifyAuthKey)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"SnapshotNotifyConfigState {{ DomainName = {DomainName}, NotifyUrl = {NotifyUrl}, NotifyReqAuth = {NotifyReqAuth}, NotifyAuthKey = {(NotifyAuthKey is null ? "none" : "***")} }}";
}

/// <summary>A live-to-VOD recording config, identified by (DomainName, AppName, StreamName); StreamName is empty for an app-level config.</summary>
internal sealed record RecordVodConfigState(
    string DomainName,
    string AppName,
    string StreamName,
    string VodTranscodeGroupId,
    int CycleDuration,
    string? AutoCompose,
    string? ComposeVodTranscodeGroupId,
    string? StorageLocation,
    int OnDemand,
    DateTimeOffset CreateTime);
