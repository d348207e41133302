namespace LiveFunctions.Core.RateLimiting.Clock;

/// <summary>
/// The storage service's clock as seen from this process: the local monotonic clock plus an offset calibrated from the
/// <c>Date</c> headers of storage responses. A <c>Date</c> of D (whole seconds, truncated) on a response to a request
/// sent at local time t0 and answered at t1 means the service's time was in [D, D + 1 s) at some instant of [t0, t1],
/// so offset ∈ [D − t1, D + 1 s − t0]. Each response tightens these bounds; responses stamped just after the service's
/// second ticks make them narrow (about one round trip). <see cref="Now"/> is the middle of the bounds. Thread-safe.
/// </summary>
public sealed class StorageClock
{
    private static readonly TimeSpan DateResolution = TimeSpan.FromSeconds(1);
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly DateTimeOffset _originUtc;
    private readonly Lock _lock = new();
    private TimeSpan _low = TimeSpan.MinValue;
    private TimeSpan _high = TimeSpan.MaxValue;
    private long _samples;
    private long _resets;

    /// <summary>A clock that starts from the local wall clock of <paramref name="time"/> (uncalibrated: offset unknown).</summary>
    public StorageClock(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _origin = time.GetTimestamp();
        _originUtc = time.GetUtcNow();
    }

    /// <summary>True once a response has been observed.</summary>
    public bool IsCalibrated => Interlocked.Read(ref _samples) > 0;

    /// <summary>The width of the offset bounds (the clock's uncertainty); <see cref="TimeSpan.MaxValue"/> before any response.</summary>
    public TimeSpan Uncertainty
    {
        get
        {
            lock (_lock)
            {
                return _samples == 0 ? TimeSpan.MaxValue : _high - _low;
            }
        }
    }

    /// <summary>The estimated storage-minus-local offset (middle of the bounds); zero before any response.</summary>
    public TimeSpan Offset
    {
        get
        {
            lock (_lock)
            {
                return _samples == 0 ? TimeSpan.Zero : _low + ((_high - _low) / 2);
            }
        }
    }

    /// <summary>Responses observed.</summary>
    public long Samples => Interlocked.Read(ref _samples);

    /// <summary>Times a response contradicted the bounds (the service's clock stepped) and the bounds restarted from it.</summary>
    public long Resets => Interlocked.Read(ref _resets);

    /// <summary>The estimated storage time now.</summary>
    public DateTimeOffset Now => LocalAt(_time.GetTimestamp()) + Offset;

    /// <summary>The local monotonic timestamp (pass it to <see cref="Observe"/>).</summary>
    public long Timestamp() => _time.GetTimestamp();

    /// <summary>The local time between two <see cref="Timestamp"/> readings.</summary>
    public TimeSpan Elapsed(long from, long to) => _time.GetElapsedTime(from, to);

    /// <summary>How long, on the local clock, until the storage clock reaches <paramref name="storageTime"/> (zero if passed).</summary>
    public TimeSpan Until(DateTimeOffset storageTime)
    {
        var wait = storageTime - Now;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>Takes a response's <c>Date</c> into account: the request left at <paramref name="sent"/> and its answer came at <paramref name="received"/>.</summary>
    public void Observe(DateTimeOffset serverDate, long sent, long received)
    {
        var low = serverDate - LocalAt(received);
        var high = serverDate + DateResolution - LocalAt(sent);
        lock (_lock)
        {
            if (_samples > 0 && (low > _high || high < _low))
            {
                // Inconsistent with what we knew: the service's clock stepped (or ours did). Start again from this answer.
                _low = TimeSpan.MinValue;
                _high = TimeSpan.MaxValue;
                _resets++;
            }

            _low = low > _low ? low : _low;
            _high = high < _high ? high : _high;
            _samples++;
        }
    }

    /// <summary>
    /// The local instants, as timestamps, at which probes should be answered to narrow the bounds most: spread evenly
    /// over the window in which the service's next second may tick, as this clock knows it.
    /// </summary>
    internal IReadOnlyList<TimeSpan> ProbeDelays(int probes, TimeSpan roundTrip)
    {
        TimeSpan low, high;
        lock (_lock)
        {
            low = _low;
            high = _high;
        }

        // The service's next whole second S ticks at local time S − offset, i.e. within [S − high, S − low].
        var local = LocalAt(_time.GetTimestamp());
        var storageNow = local + low;
        var next = new DateTimeOffset(storageNow.Ticks - (storageNow.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero) + DateResolution;
        var earliest = next - high - (roundTrip / 2);
        var latest = next - low - (roundTrip / 2);
        while (earliest < local)
        {
            earliest += DateResolution;
            latest += DateResolution;
        }

        var step = (latest - earliest) / Math.Max(1, probes - 1);
        return Enumerable.Range(0, probes).Select(i => earliest + (step * i) - local).ToList();
    }

    private DateTimeOffset LocalAt(long timestamp) => _originUtc + _time.GetElapsedTime(_origin, timestamp);
}
