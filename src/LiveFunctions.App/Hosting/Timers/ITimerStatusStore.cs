using System.Collections.Concurrent;

namespace LiveFunctions.App.Hosting.Timers;

/// <summary>
/// Where the standalone scheduler keeps each timer's <see cref="ScheduleStatus"/>, so that a restart after downtime
/// fires a missed occurrence once with IsPastDue=true (the host's schedule monitor keeps it in blob storage).
/// </summary>
internal interface ITimerStatusStore
{
    /// <summary>The status last written for <paramref name="timerName"/>, or null when there is none.</summary>
    Task<ScheduleStatus?> GetAsync(string timerName, CancellationToken cancellationToken);

    /// <summary>Replaces the status of <paramref name="timerName"/>.</summary>
    Task SetAsync(string timerName, ScheduleStatus status, CancellationToken cancellationToken);
}

/// <summary>A process-local status store: used by tests, and standalone until the storage-backed store is registered.</summary>
internal sealed class InMemoryTimerStatusStore : ITimerStatusStore
{
    private readonly ConcurrentDictionary<string, ScheduleStatus> _statuses = new(StringComparer.Ordinal);

    public Task<ScheduleStatus?> GetAsync(string timerName, CancellationToken cancellationToken) =>
        Task.FromResult(_statuses.TryGetValue(timerName, out var status) ? status : null);

    public Task SetAsync(string timerName, ScheduleStatus status, CancellationToken cancellationToken)
    {
        _statuses[timerName] = status;
        return Task.CompletedTask;
    }
}
