using System.Collections.Concurrent;
using LiveFunctions.Core.RateLimiting.Clock;
using LiveFunctions.Core.RateLimiting.Coalescing;
using LiveFunctions.Core.RateLimiting.Entity;
using LiveFunctions.Core.RateLimiting.Limits;
using LiveFunctions.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.RateLimiting;

/// <summary>
/// The durable rate limiter (docs/rate-limiting.md): one GCRA entity per (AccessKeyId, product, action) in blob storage,
/// shared by every instance, paced on the storage service's clock. <see cref="AcquireAsync"/> waits for a slot; the
/// callers of one process coalesce so that one conditional write reserves slots for up to <c>MaxBatch</c> of them.
/// One per process (a singleton).
/// </summary>
public sealed class RateLimiter
{
    private static readonly TimeSpan LongWait = TimeSpan.FromSeconds(1);
    private const int CalibrationRounds = 8;

    /// <summary>How many times a late-released caller takes a new slot before it goes anyway.</summary>
    public const int MaxLateRetakes = 3;
    private readonly RateLimitOptions _options;
    private readonly StorageBlobs _blobs;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly RateLimitEntityStore _store;
    private readonly ConcurrentDictionary<RateLimitKey, KeyQueue> _queues = new();
    private readonly Lock _startLock = new();
    private Task? _start;

    /// <summary>Creates the limiter over <paramref name="blobs"/>; <paramref name="time"/> is the local clock it calibrates.</summary>
    public RateLimiter(StorageBlobs blobs, IOptions<RateLimitOptions> options, TimeProvider time, ILogger<RateLimiter> logger)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        var errors = RateLimitOptionsValidator.Errors(options.Value);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(RateLimitOptions.SectionName, typeof(RateLimitOptions), errors);
        }

        _options = options.Value;
        _blobs = blobs;
        _time = time;
        _logger = logger;
        Limits = new RateLimitTable(options);
        Clock = new StorageClock(time);
        _store = new RateLimitEntityStore(blobs, Clock, _options.Container, _options.MaxConflictRetries, time, Statistics, logger);
    }

    /// <summary>The limits table in force.</summary>
    public RateLimitTable Limits { get; }

    /// <summary>This process's view of the storage clock.</summary>
    public StorageClock Clock { get; }

    /// <summary>True once this process's start (container, clock calibration) has succeeded: slots are granted from then on.</summary>
    public bool IsStarted => Volatile.Read(ref _start) is { IsCompletedSuccessfully: true };

    /// <summary>This process's counters.</summary>
    public RateLimitStatistics Statistics { get; } = new();

    /// <summary>
    /// Creates the container and calibrates the clock, once (the first acquire does it if nobody did; a failed start is
    /// tried again by the next caller). <paramref name="cancellationToken"/> stops this caller's wait, not the start.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (_startLock)
        {
            if (_start is null || _start.IsFaulted || _start.IsCanceled)
            {
                _start = StartCoreAsync(CancellationToken.None);
            }

            return _start.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Waits (cancellably) until the caller may send one call of <paramref name="key"/>. A caller released more than 3/4 of
    /// the <c>TimingGuard</c> after its slot (a stalled thread, a paused process) gives that slot up and takes a new one,
    /// up to <see cref="MaxLateRetakes"/> times: sent late, it would crowd the calls of the slots after it into one window.
    /// </summary>
    public async Task AcquireAsync(RateLimitKey key, CancellationToken cancellationToken = default)
    {
        var late = _options.TimingGuard * 0.75;
        for (var retake = 0; ; retake++)
        {
            var slot = await ReserveAsync(key, cancellationToken);
            await WaitForAsync(key, slot, cancellationToken);
            if (Clock.Now - slot <= late || retake == MaxLateRetakes)
            {
                return;
            }

            Statistics.Late();
        }
    }

    /// <summary>
    /// Takes one slot of <paramref name="key"/> without waiting for it: the storage time from which the call may be sent.
    /// Concurrent callers of this process share conditional writes (up to <c>MaxBatch</c> slots each, first come first served).
    /// </summary>
    public async Task<DateTimeOffset> ReserveAsync(RateLimitKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await StartAsync(cancellationToken);
        var queue = _queues.GetOrAdd(key, k => new KeyQueue(_options.MaxBatch, count => ReserveBatchCoreAsync(k, count)));
        return await queue.EnqueueAsync(cancellationToken);
    }

    /// <summary>Reserves <paramref name="count"/> consecutive slots of <paramref name="key"/> in one conditional write (for a caller with a batch of calls).</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> ReserveBatchAsync(RateLimitKey key, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 1000);
        await StartAsync(cancellationToken);
        return await ReserveBatchCoreAsync(key, count, cancellationToken);
    }

    /// <summary>Waits (cancellably, on the local clock) until the storage clock reaches <paramref name="slot"/>.</summary>
    public async Task WaitForAsync(RateLimitKey key, DateTimeOffset slot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var wait = Clock.Until(slot);
        if (wait >= LongWait)
        {
            RateLimiterLog.LongWait(_logger, key.ToString(), wait.TotalMilliseconds);
        }

        // Timers may fire a fraction of a millisecond early, and the clock's estimate may move as responses narrow it:
        // release only once the storage clock, as known now, has reached the slot.
        while (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, _time, cancellationToken);
            wait = Clock.Until(slot);
        }
    }

    /// <summary>
    /// Records a <c>Throttling*</c> answer of the service for <paramref name="key"/> in its entity: the rate is lowered by
    /// <c>PenaltyFactor</c> for <c>PenaltyDuration</c> on every instance, and the throttle count goes up.
    /// </summary>
    public async Task ReportThrottledAsync(RateLimitKey key, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        await StartAsync(cancellationToken);
        var until = await _store.ChangeAsync(key, (state, now) =>
        {
            var next = Gcra.Penalize(state ?? Gcra.New(key, now), now, _options.PenaltyDuration, code);
            return (next, next.PenaltyUntil!.Value);
        }, cancellationToken);
        Statistics.Penalty();
        RateLimiterLog.Penalized(_logger, key.ToString(), code, _options.PenaltyFactor, until);
    }

    /// <summary>The state of every key in the container (all instances' keys), as of now.</summary>
    public async Task<IReadOnlyList<RateLimitView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var states = await _store.ListAsync(cancellationToken);
        var now = Clock.Now;
        return states
            .OrderBy(s => s.AccessKeyId, StringComparer.Ordinal).ThenBy(s => s.Product, StringComparer.Ordinal).ThenBy(s => s.Action, StringComparer.Ordinal)
            .Select(s =>
            {
                var pacing = Gcra.PacingAt(s, Limits.PacingOf(s.Action), now, _options.PenaltyFactor);
                var penalized = s.PenaltyUntil is { } until && until > now;
                return new RateLimitView(
                    s.AccessKeyId, s.Product, s.Action, pacing.Limit.ToString(), Math.Round(pacing.PerSecond, 3), Math.Round(Gcra.RecentRate(s, now), 3),
                    s.Granted, s.ThrottleCount, s.LastThrottleCode, s.LastThrottledAt, penalized ? s.PenaltyUntil : null, s.UpdatedAt);
            })
            .ToList();
    }

    private async Task<DateTimeOffset[]> ReserveBatchCoreAsync(RateLimitKey key, int count, CancellationToken cancellationToken = default)
    {
        var pacing = Limits.PacingOf(key.Action);
        var slots = await _store.ChangeAsync(
            key, (state, now) => Gcra.Reserve(state ?? Gcra.New(key, now), now, count, pacing, _options.PenaltyFactor), cancellationToken);
        Statistics.Grant(count);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            RateLimiterLog.Reserved(_logger, key.ToString(), count, Clock.Until(slots[0]).TotalMilliseconds);
        }

        return slots;
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        await _store.EnsureContainerAsync(cancellationToken);
        var target = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(10).Ticks, _options.TimingGuard.Ticks / 5));
        await StorageClockCalibration.CalibrateAsync(
            Clock, _blobs, _options.Container, target, CalibrationRounds, _time, Statistics.RoundTrip, cancellationToken);
        RateLimiterLog.Calibrated(_logger, Clock.Offset.TotalMilliseconds, Clock.Uncertainty.TotalMilliseconds, Clock.Samples);
    }
}
