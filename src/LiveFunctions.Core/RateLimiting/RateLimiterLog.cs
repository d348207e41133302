using Microsoft.Extensions.Logging;

namespace LiveFunctions.Core.RateLimiting;

/// <summary>The rate limiter's log events (4200-4206). Keys are AccessKeyId/product/action; no secrets.</summary>
internal static partial class RateLimiterLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "Storage clock calibrated: offset {OffsetMs} ms to the local clock, uncertainty {UncertaintyMs} ms after {Samples} responses")]
    public static partial void Calibrated(ILogger logger, double offsetMs, double uncertaintyMs, long samples);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Rate limit {Key}: waiting {WaitMs} ms for a slot")]
    public static partial void LongWait(ILogger logger, string key, double waitMs);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Debug, Message = "Rate limit {Key}: write conflict {Attempt}, retrying after {DelayMs} ms")]
    public static partial void Conflict(ILogger logger, string key, int attempt, double delayMs);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning, Message = "Rate limit {Key}: gave up after {Attempts} conflicting writes")]
    public static partial void ConflictsExhausted(ILogger logger, string key, int attempts);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning, Message = "Rate limit {Key}: the service answered {Code}; rate lowered by factor {Factor} until {Until:O}")]
    public static partial void Penalized(ILogger logger, string key, string code, double factor, DateTimeOffset until);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Warning, Message = "Rate limit {Key}: recording a {Code} answer failed; the call's answer is returned unchanged")]
    public static partial void PenaltyFailed(ILogger logger, Exception exception, string key, string code);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Debug, Message = "Rate limit {Key}: reserved {Count} slot(s) in one write, first in {FirstMs} ms")]
    public static partial void Reserved(ILogger logger, string key, int count, double firstMs);
}
