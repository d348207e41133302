using LiveFunctions.Testing;

namespace LiveFunctions.Core.Tests.OpenApi.Support;

/// <summary>
/// A <see cref="ManualTimeProvider"/> that also tells the test which timers the code under test created, so a test can
/// wait until the client is in a back-off or an attempt timeout before moving the clock (no racing, no real sleeps).
/// </summary>
internal sealed class ObservedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly ManualTimeProvider _inner = new(start);
    private readonly object _gate = new();
    private readonly List<TimeSpan> _created = [];
    private readonly List<(TimeSpan Due, int Occurrence, TaskCompletionSource Signal)> _waiters = [];

    /// <summary>The due times of every timer created so far, oldest first.</summary>
    public IReadOnlyList<TimeSpan> CreatedTimers
    {
        get
        {
            lock (_gate)
            {
                return _created.ToArray();
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    public override long GetTimestamp() => _inner.GetTimestamp();

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    public void Advance(TimeSpan by) => _inner.Advance(by);

    /// <summary>Completes when the <paramref name="occurrence"/>-th timer due after exactly <paramref name="due"/> exists.</summary>
    public Task WhenTimerCreatedAsync(TimeSpan due, int occurrence = 1)
    {
        lock (_gate)
        {
            if (_created.Count(d => d == due) >= occurrence)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((due, occurrence, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _inner.CreateTimer(callback, state, dueTime, period);
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            _created.Add(dueTime);
            var matched = _waiters.Where(w => _created.Count(d => d == w.Due) >= w.Occurrence).ToList();
            _waiters.RemoveAll(matched.Contains);
            ready = matched.Select(w => w.Signal).ToList();
        }

        foreach (var signal in ready)
        {
            signal.TrySetResult();
        }

        return timer;
    }
}
