using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.LiveConfig;
using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Simulation.Streams;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Simulation.Snapshots;

/// <summary>
/// Drives periodic snapshots on a <see cref="TimeProvider"/> timer. Snapshot slots of a live session are
/// <c>start + k × TimeInterval</c>; each tick captures the latest slot not yet captured (a late tick does not catch
/// up on missed slots, and a session first seen mid-way gets one capture for its current slot). Past sessions get
/// no snapshots. Callbacks are delivered in the background. The slots taken are persistent state: after a restart a
/// session does not get a second snapshot (and callback) for a slot it already had.
/// </summary>
internal sealed partial class SnapshotScheduler(
    StreamSessionStore sessions,
    LiveConfigStore configs,
    SnapshotTaker taker,
    SnapshotCallbacks callbacks,
    TimeProvider clock,
    IOptions<SimulationOptions> options,
    ILogger<SnapshotScheduler> logger) : IHostedService, IResettable, IPersistentState, IDisposable
{
    private readonly ConcurrentDictionary<string, long> _lastSlot = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _deliveries = new();
    private readonly CancellationTokenSource _stopping = new();
    private ITimer? _timer;
    private int _ticking;

    /// <inheritdoc />
    public string Name => "simulation-snapshot-slots";

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var period = TimeSpan.FromSeconds(options.Value.SnapshotTickSeconds);
        _timer = clock.CreateTimer(_ => Tick(), null, period, period);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        await _stopping.CancelAsync();
        await WhenDeliveredAsync();
    }

    /// <summary>Captures the due snapshots of every live session (the timer calls this; tests may too).</summary>
    public void Tick()
    {
        if (Interlocked.Exchange(ref _ticking, 1) == 1)
        {
            return;
        }

        try
        {
            var now = clock.GetUtcNow();
            foreach (var session in sessions.All())
            {
                if (session.IsLiveAt(now) && configs.FindSnapshotConfig(session.DomainName, session.AppName) is { } config)
                {
                    try
                    {
                        CaptureDue(session, config, now);
                    }
                    catch (IOException exception)
                    {
                        // A timer callback must not throw (it would end the process); a failed write skips this slot only.
                        LogCaptureFailed(logger, session.DomainName, session.AppName, session.StreamName, exception.Message);
                    }
                    catch (UnauthorizedAccessException exception)
                    {
                        LogCaptureFailed(logger, session.DomainName, session.AppName, session.StreamName, exception.Message);
                    }
                }
            }
        }
        finally
        {
            Volatile.Write(ref _ticking, 0);
        }
    }

    /// <summary>Completes when every callback delivery started so far has finished.</summary>
    public Task WhenDeliveredAsync() => Task.WhenAll(_deliveries.Keys);

    /// <inheritdoc />
    public void Reset() => _lastSlot.Clear();

    /// <inheritdoc />
    public JsonNode Save() =>
        JsonSerializer.SerializeToNode(_lastSlot.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new TakenSlot(s.Key, s.Value)).ToList()) ?? new JsonArray();

    /// <inheritdoc />
    public void Load(JsonNode snapshot)
    {
        _lastSlot.Clear();
        foreach (var slot in snapshot.Deserialize<List<TakenSlot>>() ?? [])
        {
            _lastSlot[slot.SessionId] = slot.Slot;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _timer?.Dispose();
        _stopping.Dispose();
    }

    private void CaptureDue(PublishSession session, SnapshotConfigState config, DateTimeOffset now)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, config.TimeInterval));
        var slot = (now - session.StartTime).Ticks / interval.Ticks;
        if (_lastSlot.TryGetValue(session.Id, out var last) && slot <= last)
        {
            return;
        }

        _lastSlot[session.Id] = slot;
        var snapshot = taker.Take(config, session.AppName, session.StreamName, session.StartTime + (interval * slot));
        if (snapshot is null)
        {
            LogUnnamed(logger, session.DomainName, session.AppName, session.StreamName);
            return;
        }

        if (callbacks.Prepare(config, snapshot) is { } callback)
        {
            Track(callbacks.SendAsync(callback, callbacks.Copies, _stopping.Token));
        }
    }

    private void Track(Task delivery)
    {
        var observed = delivery.ContinueWith(
            t =>
            {
                if (t.IsFaulted)
                {
                    LogDeliveryFailed(logger, t.Exception!.GetBaseException().Message);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        _deliveries.TryAdd(observed, 0);
        observed.ContinueWith(t => _deliveries.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>The latest snapshot slot taken of a session, as persisted.</summary>
    internal sealed record TakenSlot(string SessionId, long Slot);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot of {Domain}/{App}/{Stream} skipped: its object name does not expand to a valid OSS key.")]
    private static partial void LogUnnamed(ILogger logger, string domain, string app, string stream);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot of {Domain}/{App}/{Stream} could not be written: {Reason}")]
    private static partial void LogCaptureFailed(ILogger logger, string domain, string app, string stream, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A snapshot callback delivery failed unexpectedly: {Reason}")]
    private static partial void LogDeliveryFailed(ILogger logger, string reason);
}
