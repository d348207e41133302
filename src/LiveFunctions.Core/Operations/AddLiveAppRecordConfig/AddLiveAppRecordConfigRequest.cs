using LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;

namespace LiveFunctions.Core.Operations.AddLiveAppRecordConfig;

/// <summary>
/// The request of <c>AddLiveAppRecordConfig</c>: creates the OSS recording configuration of a
/// (DomainName, AppName, StreamName) triple. It is UpdateLiveAppRecordConfig's request plus the bucket and the object
/// naming, which only Add can set. Property names are the parameter names, so the record also reads the JSON body of
/// the record-config route.
/// </summary>
public sealed record AddLiveAppRecordConfigRequest
{
    /// <summary>The main streaming domain (required).</summary>
    public string? DomainName { get; init; }

    /// <summary>The AppName of the live stream (required; <c>*</c> matches every app).</summary>
    public string? AppName { get; init; }

    /// <summary>The OSS endpoint host, e.g. <c>oss-cn-shanghai.aliyuncs.com</c> (required).</summary>
    public string? OssEndpoint { get; init; }

    /// <summary>The OSS bucket (required): 3–63 lowercase letters, digits and hyphens.</summary>
    public string? OssBucket { get; init; }

    /// <summary>The stream name; set it for a stream-level recording configuration (<c>*</c> matches every stream).</summary>
    public string? StreamName { get; init; }

    /// <summary>Recording start, UTC <c>yyyy-MM-ddTHH:mm:ssZ</c>; stream-level only.</summary>
    public string? StartTime { get; init; }

    /// <summary>Recording end, UTC <c>yyyy-MM-ddTHH:mm:ssZ</c>; stream-level only, at most 7 days after <see cref="StartTime"/>.</summary>
    public string? EndTime { get; init; }

    /// <summary>Recording mode: 0 off (default), 1 on demand via HTTP callback, 2 on demand by ingest URL parameters, 7 manual.</summary>
    public int? OnDemand { get; init; }

    /// <summary>The merge window in seconds after an interruption, 15 to 21600.</summary>
    public int? DelayTime { get; init; }

    /// <summary>The recording formats of the source stream, with their object naming.</summary>
    public IReadOnlyList<AddRecordFormatItem>? RecordFormat { get; init; }

    /// <summary>The recording formats of the transcoded streams (needs <see cref="TranscodeTemplates"/>).</summary>
    public IReadOnlyList<AddRecordFormatItem>? TranscodeRecordFormat { get; init; }

    /// <summary>The transcoding templates to record (at most 10; never <c>raw</c>; <c>*****</c> records all).</summary>
    public IReadOnlyList<string>? TranscodeTemplates { get; init; }

    /// <summary>
    /// The same configuration as an UpdateLiveAppRecordConfig request: everything but the bucket and the object naming,
    /// which Update cannot change.
    /// </summary>
    public UpdateLiveAppRecordConfigRequest ToUpdateRequest() => new()
    {
        DomainName = DomainName,
        AppName = AppName,
        OssEndpoint = OssEndpoint,
        StreamName = StreamName,
        StartTime = StartTime,
        EndTime = EndTime,
        OnDemand = OnDemand,
        DelayTime = DelayTime,
        RecordFormat = ToUpdateItems(RecordFormat),
        TranscodeRecordFormat = ToUpdateItems(TranscodeRecordFormat),
        TranscodeTemplates = TranscodeTemplates,
    };

    // A null item stays null so that list positions (RecordFormat.N) keep their numbers.
    private static RecordFormatItem[]? ToUpdateItems(IReadOnlyList<AddRecordFormatItem>? items) =>
        items?.Select(item => item is null
            ? null!
            : new RecordFormatItem { Format = item.Format, CycleDuration = item.CycleDuration, SliceDuration = item.SliceDuration })
            .ToArray();
}

/// <summary>One <c>RecordFormat.N</c> / <c>TranscodeRecordFormat.N</c> entry of <see cref="AddLiveAppRecordConfigRequest"/>.</summary>
public sealed record AddRecordFormatItem
{
    /// <summary>The format: <c>m3u8</c>, <c>flv</c>, <c>mp4</c> or <c>cmaf</c>.</summary>
    public string? Format { get; init; }

    /// <summary>The recording cycle in seconds (default 6 hours for m3u8/cmaf, 1 hour for flv/mp4).</summary>
    public int? CycleDuration { get; init; }

    /// <summary>
    /// The object name of each recording, less than 256 bytes, with the variables {AppName} {StreamName} {Sequence}
    /// {StartTime} {EndTime} {EscapedStartTime} {EscapedEndTime}; it must contain a start-time and an end-time variable.
    /// </summary>
    public string? OssObjectPrefix { get; init; }

    /// <summary>
    /// The object name of each segment (required for m3u8/cmaf), less than 256 bytes, with the variables {AppName}
    /// {StreamName} {UnixTimestamp} {Sequence}; it must contain {UnixTimestamp} and {Sequence}.
    /// </summary>
    public string? SliceOssObjectPrefix { get; init; }

    /// <summary>The segment duration in seconds for m3u8/cmaf, 5 to 30 (default 30).</summary>
    public int? SliceDuration { get; init; }
}
