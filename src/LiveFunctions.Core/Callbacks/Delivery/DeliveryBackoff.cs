namespace LiveFunctions.Core.Callbacks.Delivery;

/// <summary>
/// The wait before the next delivery attempt: <c>base × 2^(failed − 1)</c> capped at <c>max</c>, then scaled by a
/// random factor in [0.5, 1) ("equal jitter", so retries of many deliveries spread out but never wait less than
/// half the back-off). A Retry-After of the subscriber lengthens the wait, up to <c>max</c>.
/// </summary>
internal static class DeliveryBackoff
{
    public static TimeSpan Delay(int failedAttempts, TimeSpan baseDelay, TimeSpan maxDelay, double random01, TimeSpan? retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var exponential = baseDelay.Ticks * Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var capped = Math.Min(exponential, maxDelay.Ticks);
        var jittered = TimeSpan.FromTicks((long)(capped * (0.5 + (0.5 * Math.Clamp(random01, 0, 1)))));
        if (retryAfter is { } wanted && wanted > jittered)
        {
            return wanted < maxDelay ? wanted : maxDelay;
        }

        return jittered;
    }
}
