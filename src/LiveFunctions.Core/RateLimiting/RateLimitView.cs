namespace LiveFunctions.Core.RateLimiting;

/// <summary>What <c>GET /api/rate-limits</c> shows of one key (rates in calls per second, times the storage clock).</summary>
/// <param name="AccessKeyId">The AccessKey ID (not a secret).</param>
/// <param name="Product">Live or Ice.</param>
/// <param name="Action">The OpenAPI action.</param>
/// <param name="Limit">The limit in force, as configured (<c>30/s</c>, <c>1000/min</c>).</param>
/// <param name="EffectiveRate">The rate calls are paced at now: limit × safety margin, over period + timing guard, × penalty factor while penalized.</param>
/// <param name="RecentGrantRate">Slots granted per second over the last 10-20 s, all instances.</param>
/// <param name="Granted">Slots granted since the entity was created.</param>
/// <param name="ThrottleCount"><c>Throttling*</c> answers reported, all instances.</param>
/// <param name="LastThrottleCode">The code of the last one.</param>
/// <param name="LastThrottledAt">When it was reported.</param>
/// <param name="PenaltyUntil">Until when the rate is lowered; null when not penalized now.</param>
/// <param name="UpdatedAt">The entity's last write.</param>
public sealed record RateLimitView(
    string AccessKeyId,
    string Product,
    string Action,
    string Limit,
    double EffectiveRate,
    double RecentGrantRate,
    long Granted,
    long ThrottleCount,
    string? LastThrottleCode,
    DateTimeOffset? LastThrottledAt,
    DateTimeOffset? PenaltyUntil,
    DateTimeOffset UpdatedAt);
