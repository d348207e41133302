namespace LiveFunctions.Emulator.Protocol;

/// <summary>
/// The simulation's errors: the codes of CreateLiveStreamRecordIndexFiles (with the document's status and message),
/// the stream/index/snapshot queries and the ICE live transcode jobs. Member names carry their operation
/// (<c>Index…</c>, <c>TranscodeJob…</c>) so they never clash with the protocol's and config actions' members for the
/// same code (e.g. <c>InvalidOssBucket.Malformed</c> is documented, with another message, for the config actions too).
/// </summary>
internal static partial class ServiceErrors
{
    /// <summary>A parameter the document lists no own code for is malformed (e.g. EndTimeIncluded).</summary>
    public static ServiceError IndexInvalidParams() => new(400, "InvalidParams", "invalid params");

    /// <summary>EndTime not after StartTime, or the range shorter than one TS segment.</summary>
    public static ServiceError IndexEndTimeMismatch() =>
        new(400, "InvalidEndTime.Mismatch", "Specified end time does not math the specified start time.");

    /// <summary>OssEndpoint is not a host name.</summary>
    public static ServiceError IndexOssEndpointMalformed() =>
        new(400, "InvalidOssEndpoint.Malformed", "Specified OssEndpoint is malformed.");

    /// <summary>OssBucket breaks the OSS bucket naming rules.</summary>
    public static ServiceError IndexOssBucketMalformed() =>
        new(400, "InvalidOssBucket.Malformed", "Specified OssBucket is malformed.");

    /// <summary>OssObject is not a usable <c>.m3u8</c> object name.</summary>
    public static ServiceError IndexOssObjectMalformed() =>
        new(400, "InvalidOssObject.Malformed", "Specified OssObject is malformed.");

    /// <summary>The stream never published on the domain/app.</summary>
    public static ServiceError IndexStreamNotFound() =>
        new(400, "InvalidStream.NotFound", "Speicified stream does not exist.");

    /// <summary>The TS segments of the range were written to more than one bucket.</summary>
    public static ServiceError IndexConfigChanged() =>
        new(400, "InvalidConfig.Changed", "The oss bucket info between StartTime and EndTime has changed.");

    /// <summary>No TS segment starts inside the range.</summary>
    public static ServiceError IndexNoRecordContent() =>
        new(400, "NoRecordContent", "The record content between StartTime and EndTime is empty.");

    /// <summary>The range is longer than 4 days.</summary>
    public static ServiceError IndexRecordContentExceed() =>
        new(400, "RecordContentExceed", "The record content between StartTime and EndTime is exceeded, please narrow down the range.");

    /// <summary>The applicable recording config records only flv/mp4.</summary>
    public static ServiceError IndexOperationNotSupport() =>
        new(400, "OperationNotSupport", "The Operation is not support for flv/mp4 format or live to vod record.");

    /// <summary>The target bucket does not belong to the caller.</summary>
    public static ServiceError IndexBucketNotFound() =>
        new(404, "InvalidBucket.NotFound", "The bucket does not belong to you.");

    /// <summary>DescribeLiveStreamRecordIndexFile: no index with that RecordId for the stream.</summary>
    public static ServiceError IndexRecordNotFound() =>
        new(404, "InvalidRecordId.NotFound", "Specified RecordId does not exist.");

    /// <summary>A query range that breaks the operation's limit (EndTime not after StartTime, or too long).</summary>
    public static ServiceError QueryRangeMismatch(string rule) =>
        new(400, "InvalidEndTime.Mismatch", $"Specified EndTime does not math the specified StartTime: {rule}");

    /// <summary>An ICE parameter value is invalid (bad JSON, wrong Type, missing inner field, bad window).</summary>
    public static ServiceError TranscodeJobInvalidParameter(string message) => new(400, "InvalidParameter", message);

    /// <summary>An ICE TimedConfig time is more than 7 days from now.</summary>
    public static ServiceError TranscodeJobTimedConfigOutOfRange(string field) =>
        new(400, "InvalidParameter.TimedConfig", $"TimedConfig.{field} must be within 7 days of the current time.");

    /// <summary>No ICE job with that JobId.</summary>
    public static ServiceError TranscodeJobNotFound() => new(404, "InvalidJob.NotFound", "The specified job does not exist.");

    /// <summary>A non-timed job accepts only a Name change.</summary>
    public static ServiceError TranscodeJobNotTimed(string parameter) =>
        new(403, "Forbidden.NotTimedJob", $"{parameter} can only be modified for a timed job; a non-timed job accepts only Name.");

    /// <summary>A timed job that has started (Status 1) accepts only a Name change.</summary>
    public static ServiceError TranscodeJobStarted(string parameter) =>
        new(403, "Forbidden.JobStarted", $"{parameter} can only be modified while the job is not started.");

    /// <summary>A stopped (Status 2) timed job, when re-arming is switched off, accepts only a Name change.</summary>
    public static ServiceError TranscodeJobStopped(string parameter) =>
        new(403, "Forbidden.JobStopped", $"{parameter} can not be modified: the job has stopped.");
}
