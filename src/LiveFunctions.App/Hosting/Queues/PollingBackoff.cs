namespace LiveFunctions.App.Hosting.Queues;

/// <summary>
/// The idle back-off of a queue poller, as the host's: after an empty poll the wait doubles from
/// <see cref="Minimum"/> (100 ms) up to host.json <c>maxPollingInterval</c>; a poll that finds messages resets it.
/// Storage failures back off the same way.
/// </summary>
internal sealed class PollingBackoff
{
    /// <summary>The shortest wait, the host's minimum polling interval.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromMilliseconds(100);

    private readonly TimeSpan _maximum;
    private TimeSpan _current = TimeSpan.Zero;

    public PollingBackoff(TimeSpan maximum)
    {
        _maximum = maximum < Minimum ? Minimum : maximum;
    }

    /// <summary>The wait after one more idle poll: 100 ms, 200 ms, 400 ms, … capped at the maximum.</summary>
    public TimeSpan Next()
    {
        _current = _current == TimeSpan.Zero ? Minimum : TimeSpan.FromTicks(Math.Min(_current.Ticks * 2, _maximum.Ticks));
        return _current;
    }

    /// <summary>Messages were found: the next idle wait starts at the minimum again.</summary>
    public void Reset() => _current = TimeSpan.Zero;
}
