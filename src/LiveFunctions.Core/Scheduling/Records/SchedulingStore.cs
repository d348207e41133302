using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Core.Scheduling.Transcode;
using LiveFunctions.Core.Storage;

namespace LiveFunctions.Core.Scheduling.Records;

/// <summary>
/// Reads and writes the scheduling records in the blob container <see cref="SchedulingStorageNames.Container"/> of
/// <c>AzureWebJobsStorage</c>, at the names of <see cref="SchedulingStorageNames"/>, as <see cref="SchedulingJson"/>.
/// The container is created once per process, before the first write.
/// </summary>
public sealed class SchedulingStore(StorageBlobs blobs)
{
    private const string Container = SchedulingStorageNames.Container;
    private volatile bool _containerReady;

    /// <summary>The outcome recorded for a work item, or null.</summary>
    public Task<IndexOutcome?> GetOutcomeAsync(IndexWorkItem item, CancellationToken cancellationToken) =>
        GetAsync<IndexOutcome>(SchedulingStorageNames.IndexOutcomeBlob(item), cancellationToken);

    /// <summary>Records (or replaces) the outcome of its work item.</summary>
    public Task PutOutcomeAsync(IndexOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return PutAsync(SchedulingStorageNames.IndexOutcomeBlob(outcome.ToWorkItem()), outcome, cancellationToken);
    }

    /// <summary>Every outcome of a domain in the hours <paramref name="first"/> to <paramref name="last"/> (both included), by hour, then AppName and StreamName.</summary>
    public async Task<IReadOnlyList<IndexOutcome>> ListOutcomesAsync(string domainName, IndexHour first, IndexHour last, CancellationToken cancellationToken)
    {
        var outcomes = new List<IndexOutcome>();
        foreach (var prefix in SchedulingStorageNames.IndexOutcomePrefixes(domainName, first, last))
        {
            foreach (var blob in await ListAsync(prefix, cancellationToken))
            {
                if (SchedulingStorageNames.TryParseIndexOutcomeBlob(blob.Name, out _)
                    && await GetAsync<IndexOutcome>(blob.Name, cancellationToken) is { } outcome)
                {
                    outcomes.Add(outcome);
                }
            }
        }

        return outcomes
            .OrderBy(o => o.HourStart)
            .ThenBy(o => o.AppName, StringComparer.Ordinal)
            .ThenBy(o => o.StreamName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The checkpoint of a domain, or null before its first run.</summary>
    public Task<IndexCheckpoint?> GetCheckpointAsync(string domainName, CancellationToken cancellationToken) =>
        GetAsync<IndexCheckpoint>(SchedulingStorageNames.IndexCheckpointBlob(domainName), cancellationToken);

    /// <summary>Stores the checkpoint of its domain.</summary>
    public Task PutCheckpointAsync(IndexCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return PutAsync(SchedulingStorageNames.IndexCheckpointBlob(checkpoint.DomainName), checkpoint, cancellationToken);
    }

    /// <summary>The schedule registered for a job, or null.</summary>
    public Task<TranscodeSchedule?> GetScheduleAsync(string jobId, CancellationToken cancellationToken) =>
        GetAsync<TranscodeSchedule>(SchedulingStorageNames.TranscodeScheduleBlob(jobId), cancellationToken);

    /// <summary>Registers (or replaces) the schedule of its job.</summary>
    public Task PutScheduleAsync(TranscodeSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentException.ThrowIfNullOrEmpty(schedule.JobId);
        return PutAsync(SchedulingStorageNames.TranscodeScheduleBlob(schedule.JobId), schedule, cancellationToken);
    }

    /// <summary>Removes a job's schedule and its last action; false when no schedule was registered.</summary>
    public async Task<bool> DeleteScheduleAsync(string jobId, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        var deleted = await blobs.DeleteAsync(Container, SchedulingStorageNames.TranscodeScheduleBlob(jobId), cancellationToken: cancellationToken);
        await blobs.DeleteAsync(Container, SchedulingStorageNames.TranscodeActionBlob(jobId), cancellationToken: cancellationToken);
        return deleted.Outcome == BlobDeleteOutcome.Deleted;
    }

    /// <summary>The JobIds of every registered schedule.</summary>
    public async Task<IReadOnlyList<string>> ListScheduledJobIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var blob in await ListAsync(SchedulingStorageNames.TranscodeSchedulesPrefix, cancellationToken))
        {
            var segment = blob.Name[SchedulingStorageNames.TranscodeSchedulesPrefix.Length..];
            if (segment.EndsWith(".json", StringComparison.Ordinal) && BlobNameSegment.TryDecode(segment[..^".json".Length], out var jobId))
            {
                ids.Add(jobId);
            }
        }

        return ids;
    }

    /// <summary>The last action the rotation took for a job, or null.</summary>
    public Task<TranscodeScheduleAction?> GetActionAsync(string jobId, CancellationToken cancellationToken) =>
        GetAsync<TranscodeScheduleAction>(SchedulingStorageNames.TranscodeActionBlob(jobId), cancellationToken);

    /// <summary>Stores the last action of its job.</summary>
    public Task PutActionAsync(TranscodeScheduleAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return PutAsync(SchedulingStorageNames.TranscodeActionBlob(action.JobId), action, cancellationToken);
    }

    /// <summary>The last action of a job with its ETag (null when there is none), for <see cref="TryReplaceActionAsync"/>.</summary>
    public Task<BlobJson<TranscodeScheduleAction>?> GetActionForReplaceAsync(string jobId, CancellationToken cancellationToken) =>
        GetBlobAsync<TranscodeScheduleAction>(SchedulingStorageNames.TranscodeActionBlob(jobId), cancellationToken);

    /// <summary>
    /// Stores the last action of its job only if the record is still the one read (<paramref name="etag"/>) or, with a
    /// null ETag, there is still none. False when another rotation of the job stored an action meanwhile.
    /// </summary>
    public async Task<bool> TryReplaceActionAsync(TranscodeScheduleAction action, string? etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var condition = etag is null ? BlobCondition.CreateOnly : BlobCondition.IfMatch(etag);
        var written = await PutAsync(SchedulingStorageNames.TranscodeActionBlob(action.JobId), action, condition, cancellationToken);
        return written.Succeeded;
    }

    private async Task<T?> GetAsync<T>(string name, CancellationToken cancellationToken)
        where T : class =>
        (await GetBlobAsync<T>(name, cancellationToken))?.Value;

    private async Task<BlobJson<T>?> GetBlobAsync<T>(string name, CancellationToken cancellationToken)
        where T : class
    {
        await EnsureContainerAsync(cancellationToken);
        return await blobs.GetJsonAsync<T>(Container, name, SchedulingJson.Options, cancellationToken);
    }

    private Task<BlobWriteResult> PutAsync<T>(string name, T value, CancellationToken cancellationToken) =>
        PutAsync(name, value, BlobCondition.None, cancellationToken);

    private async Task<BlobWriteResult> PutAsync<T>(string name, T value, BlobCondition condition, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        return await blobs.PutJsonAsync(Container, name, value, condition, SchedulingJson.Options, cancellationToken);
    }

    private async Task<IReadOnlyList<BlobItem>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        return await blobs.ListAsync(Container, prefix, cancellationToken);
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerReady)
        {
            return;
        }

        // Two first calls at once both create: harmless, creation is idempotent.
        await blobs.CreateContainerIfNotExistsAsync(Container, cancellationToken);
        _containerReady = true;
    }
}
