using System.Threading.Channels;
using LiveFunctions.Testing;

namespace LiveFunctions.Emulator.Tests.Simulation;

/// <summary>
/// A ManualTimeProvider that also reports each timer created (by its due time), so a test can advance the clock
/// exactly when the code under test has started waiting — not before.
/// </summary>
internal sealed class ObservedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Channel<TimeSpan> _created = Channel.CreateUnbounded<TimeSpan>();

    public ManualTimeProvider Inner { get; } = new(start);

    public override DateTimeOffset GetUtcNow() => Inner.GetUtcNow();

    public override long GetTimestamp() => Inner.GetTimestamp();

    public override long TimestampFrequency => Inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Inner.CreateTimer(callback, state, dueTime, period);
        _created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits (10 real seconds at most) until a timer due after <paramref name="dueTime"/> is created.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await _created.Reader.ReadAsync(limit.Token) != dueTime)
        {
        }
    }

    public void Advance(TimeSpan by) => Inner.Advance(by);
}
