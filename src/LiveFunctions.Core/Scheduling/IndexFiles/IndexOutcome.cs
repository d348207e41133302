using System.Text.Json.Serialization;
using LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;

namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>The recorded result of one (stream, hour); JSON <c>created</c>, <c>empty</c>, <c>failed</c>.</summary>
public enum IndexOutcomeStatus
{
    /// <summary>The manifest exists (RecordUrl, Duration).</summary>
    Created,

    /// <summary>Nothing was recorded in the hour (NoRecordContent, InvalidStream.NotFound).</summary>
    Empty,

    /// <summary>A permanent failure (Code, Message); the work item was poisoned.</summary>
    Failed,
}

/// <summary>
/// What happened to one work item, stored at <see cref="SchedulingStorageNames.IndexOutcomeBlob"/> so that work is done
/// once (idempotency: an executor that finds a final outcome does not call again) and so that
/// <c>GET /api/domains/{DomainName}/index-files?from=&amp;to=</c> can list the hours. JSON, e.g.
/// <c>{"DomainName":"example.com","AppName":"liveApp","StreamName":"liveStream","HourStart":"2026-02-28T23:00:00Z","Status":"created","RecordUrl":"http://…/2026-02-28/23.m3u8","Duration":3600,"RecordId":"c4d7…","OssObject":"record/liveApp/liveStream/2026-02-28/23.m3u8","RequestId":"5504…","AttemptedAt":"2026-03-01T00:05:07Z"}</c>.
/// </summary>
public sealed record IndexOutcome
{
    /// <summary>The main streaming domain.</summary>
    public required string DomainName { get; init; }

    /// <summary>The AppName of the stream.</summary>
    public required string AppName { get; init; }

    /// <summary>The stream name.</summary>
    public required string StreamName { get; init; }

    /// <summary>The start of the UTC hour.</summary>
    public required DateTimeOffset HourStart { get; init; }

    /// <summary>created, empty or failed.</summary>
    public required IndexOutcomeStatus Status { get; init; }

    /// <summary>The manifest URL (created).</summary>
    public string? RecordUrl { get; init; }

    /// <summary>The recorded duration in seconds (created).</summary>
    public double? Duration { get; init; }

    /// <summary>The manifest ID (created).</summary>
    public string? RecordId { get; init; }

    /// <summary>The OSS object that was asked for.</summary>
    public string? OssObject { get; init; }

    /// <summary>The service's RequestId of the call, when there was an answer.</summary>
    public string? RequestId { get; init; }

    /// <summary>The error code (empty, failed).</summary>
    public string? Code { get; init; }

    /// <summary>The error message (empty, failed); never holds a secret (the client's messages do not).</summary>
    public string? Message { get; init; }

    /// <summary>When the call was made.</summary>
    public required DateTimeOffset AttemptedAt { get; init; }

    /// <summary>True for created and empty: the work is done and is not repeated (a failed hour may be tried again by a backfill).</summary>
    [JsonIgnore]
    public bool IsFinal => Status is IndexOutcomeStatus.Created or IndexOutcomeStatus.Empty;

    /// <summary>The outcome of a created manifest.</summary>
    public static IndexOutcome Created(IndexWorkItem item, string? ossObject, CreateLiveStreamRecordIndexFilesResponse response, DateTimeOffset attemptedAt)
    {
        ArgumentNullException.ThrowIfNull(response);
        return For(item, IndexOutcomeStatus.Created, ossObject, response.RequestId, attemptedAt) with
        {
            RecordUrl = response.RecordInfo?.RecordUrl,
            Duration = response.RecordInfo?.Duration,
            RecordId = response.RecordInfo?.RecordId,
        };
    }

    /// <summary>The outcome of a call that found nothing to index (<see cref="IndexCallClass.Empty"/>).</summary>
    public static IndexOutcome Empty(IndexWorkItem item, string? ossObject, string code, string? message, string? requestId, DateTimeOffset attemptedAt) =>
        For(item, IndexOutcomeStatus.Empty, ossObject, requestId, attemptedAt) with { Code = code, Message = message };

    /// <summary>The outcome of a permanent failure (<see cref="IndexCallClass.Permanent"/>, or a retryable one that ran out of attempts).</summary>
    public static IndexOutcome Failed(IndexWorkItem item, string? ossObject, string code, string? message, string? requestId, DateTimeOffset attemptedAt) =>
        For(item, IndexOutcomeStatus.Failed, ossObject, requestId, attemptedAt) with { Code = code, Message = message };

    /// <summary>The work item the outcome belongs to.</summary>
    public IndexWorkItem ToWorkItem() => new(DomainName, AppName, StreamName, HourStart);

    private static IndexOutcome For(IndexWorkItem item, IndexOutcomeStatus status, string? ossObject, string? requestId, DateTimeOffset attemptedAt)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new IndexOutcome
        {
            DomainName = item.DomainName,
            AppName = item.AppName,
            StreamName = item.StreamName,
            HourStart = item.HourStart,
            Status = status,
            OssObject = ossObject,
            RequestId = requestId,
            AttemptedAt = attemptedAt,
        };
    }
}
