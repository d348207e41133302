using LiveFunctions.Core.Storage;

namespace LiveFunctions.Core.RateLimiting.Clock;

/// <summary>
/// Narrows a <see cref="StorageClock"/> before the first grant: probes the service (HEAD of the container, which carries
/// a <c>Date</c>) timed to straddle the instant its second ticks, a few rounds, each round narrowing the window the
/// next one aims at. Takes about as many seconds as rounds. A round that does not narrow the bounds by a quarter, when
/// they are already within a few round trips, ends the calibration early: the round trips, not the probes, are then
/// what limits it (later responses narrow it further).
/// </summary>
internal static class StorageClockCalibration
{
    private const int ProbesPerRound = 16;

    /// <summary>Probes until the uncertainty is at most <paramref name="target"/> or <paramref name="rounds"/> rounds are done.</summary>
    public static async Task CalibrateAsync(
        StorageClock clock, StorageBlobs blobs, string container, TimeSpan target, int rounds, TimeProvider time, Action onRoundTrip, CancellationToken cancellationToken)
    {
        var roundTrip = await ProbeAsync(clock, blobs, container, onRoundTrip, cancellationToken);
        for (var round = 0; round < rounds && clock.Uncertainty > target; round++)
        {
            var started = time.GetTimestamp();
            var probes = clock.ProbeDelays(ProbesPerRound, roundTrip).Select(async delay =>
            {
                var remaining = delay - time.GetElapsedTime(started);
                if (remaining > TimeSpan.Zero)
                {
                    await Task.Delay(remaining, time, cancellationToken);
                }

                return await ProbeAsync(clock, blobs, container, onRoundTrip, cancellationToken);
            });
            var before = clock.Uncertainty;
            var trips = await Task.WhenAll(probes);
            roundTrip = trips.Min();
            if (before != TimeSpan.MaxValue && clock.Uncertainty > before * 0.75 && clock.Uncertainty <= roundTrip * 4)
            {
                return; // the round trips limit it now; more rounds would not narrow it
            }
        }
    }

    private static async Task<TimeSpan> ProbeAsync(
        StorageClock clock, StorageBlobs blobs, string container, Action onRoundTrip, CancellationToken cancellationToken)
    {
        var sent = clock.Timestamp();
        var date = await blobs.GetServerTimeAsync(container, cancellationToken);
        var received = clock.Timestamp();
        onRoundTrip();
        clock.Observe(date, sent, received);
        return clock.Elapsed(sent, received);
    }
}
