using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.Core.RateLimiting;

namespace LiveFunctions.App.Functions.RateLimits;

/// <summary>
/// <c>rate-limits</c>: <c>GET /api/rate-limits</c> answers the state of every rate-limit entity (all instances' keys):
/// limit, effective rate, recent grant rate, throttle count, penalty (docs/rate-limiting.md). Only reads storage.
/// </summary>
internal static class RateLimitsEndpoint
{
    public const string FunctionName = "rate-limits";
    public const string Route = "/api/rate-limits";

    /// <summary>Maps <c>rate-limits</c> (the limiter itself is registered with the Alibaba client: <c>AddAlibabaOpenApi().AddRateLimiting()</c>).</summary>
    public static WebApplication MapRateLimitFunctions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Route, ListAsync).AsFunction(FunctionName, AuthLevel.Function);
        return app;
    }

    private static async Task<IResult> ListAsync(RateLimiter limiter, HttpContext context)
    {
        var keys = await limiter.ListAsync(context.RequestAborted);
        var calibrated = limiter.IsStarted;
        var uncertainty = calibrated ? Math.Round(limiter.Clock.Uncertainty.TotalMilliseconds, 1) : (double?)null;
        return JsonAnswer.Success(StatusCodes.Status200OK, new RateLimitsBody(limiter.Clock.Now, calibrated, uncertainty, keys));
    }

    /// <summary>
    /// The answer: the storage clock's time as this instance estimates it, whether this instance has calibrated that clock
    /// yet (it grants no slot before) and how closely (± ms), and each key's state.
    /// </summary>
    private sealed record RateLimitsBody(DateTimeOffset StorageTime, bool ClockCalibrated, double? ClockUncertaintyMs, IReadOnlyList<RateLimitView> Keys);
}
