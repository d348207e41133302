using LiveFunctions.Core.RateLimiting;

namespace LiveFunctions.App.Functions.RateLimits;

/// <summary>
/// Starts the rate limiter (its container and the calibration of the storage clock, 1–3 s) as soon as the app starts,
/// in the background, so that the first outbound call of a new instance does not wait for it. The app answers at once
/// either way; a failed start is logged and tried again by the first call (<see cref="RateLimiter.StartAsync"/>).
/// </summary>
internal sealed partial class RateLimiterWarmUp(RateLimiter limiter, ILogger<RateLimiterWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await limiter.StartAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app stops before the limiter started: nothing to do.
        }
        catch (Exception exception)
        {
            WarmUpFailed(logger, exception);
        }
    }

    [LoggerMessage(EventId = 4210, Level = LogLevel.Warning, Message = "The rate limiter could not start in the background; the first outbound call tries again")]
    private static partial void WarmUpFailed(ILogger logger, Exception exception);
}
