using System.Collections.Concurrent;
using System.Globalization;

namespace LiveFunctions.App.Hosting.Timers;

/// <summary>
/// Where the standalone scheduler keeps each timer's <see cref="ScheduleStatus"/>, so that a restart after downtime
/// fires a missed occurrence once with IsPastDue=true (the host's schedule monitor keeps it in blob storage). Every
/// stored status has a version (the blob's ETag): <see cref="TryWriteAsync"/> replaces only the version that was read,
/// which is how several standalone instances sharing one store claim an occurrence without running it twice.
/// </summary>
internal interface ITimerStatusStore
{
    /// <summary>The status last written for <paramref name="timerName"/>, or null when there is none.</summary>
    Task<ScheduleStatus?> GetAsync(string timerName, CancellationToken cancellationToken);

    /// <summary>Replaces the status of <paramref name="timerName"/> unconditionally.</summary>
    Task SetAsync(string timerName, ScheduleStatus status, CancellationToken cancellationToken);

    /// <summary>The stored status with its version, or null when nothing is stored.</summary>
    Task<StoredTimerStatus?> ReadAsync(string timerName, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="status"/> only if the stored version is still <paramref name="expectedVersion"/> (null:
    /// only if nothing is stored yet). Returns the new version, or null when the condition failed (another writer won).
    /// </summary>
    Task<string?> TryWriteAsync(string timerName, ScheduleStatus status, string? expectedVersion, CancellationToken cancellationToken);
}

/// <summary>A stored status and its version. <see cref="Status"/> is null when the stored document cannot be read (it is then replaced).</summary>
internal sealed record StoredTimerStatus(ScheduleStatus? Status, string Version);

/// <summary>A process-local status store: used by tests, and whenever no storage-backed store is registered.</summary>
internal sealed class InMemoryTimerStatusStore : ITimerStatusStore
{
    private readonly ConcurrentDictionary<string, StoredTimerStatus> _statuses = new(StringComparer.Ordinal);
    private long _versions;

    public Task<ScheduleStatus?> GetAsync(string timerName, CancellationToken cancellationToken) =>
        Task.FromResult(_statuses.TryGetValue(timerName, out var stored) ? stored.Status : null);

    public Task SetAsync(string timerName, ScheduleStatus status, CancellationToken cancellationToken)
    {
        _statuses[timerName] = new StoredTimerStatus(status, NextVersion());
        return Task.CompletedTask;
    }

    public Task<StoredTimerStatus?> ReadAsync(string timerName, CancellationToken cancellationToken) =>
        Task.FromResult(_statuses.TryGetValue(timerName, out var stored) ? stored : null);

    public Task<string?> TryWriteAsync(string timerName, ScheduleStatus status, string? expectedVersion, CancellationToken cancellationToken)
    {
        var written = new StoredTimerStatus(status, NextVersion());
        var succeeded = expectedVersion is null
            ? _statuses.TryAdd(timerName, written)
            : _statuses.TryGetValue(timerName, out var current) && current.Version == expectedVersion
                && _statuses.TryUpdate(timerName, written, current);
        return Task.FromResult(succeeded ? written.Version : null);
    }

    private string NextVersion() => Interlocked.Increment(ref _versions).ToString(CultureInfo.InvariantCulture);
}
