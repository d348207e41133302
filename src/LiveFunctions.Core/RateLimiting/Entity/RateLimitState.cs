namespace LiveFunctions.Core.RateLimiting.Entity;

/// <summary>
/// The entity of one key, the JSON document of its blob. All times are the storage service's clock. Changed only by
/// conditional writes (If-Match the ETag read, If-None-Match * to create).
/// </summary>
public sealed record RateLimitState
{
    /// <summary>The AccessKey ID of the key.</summary>
    public required string AccessKeyId { get; init; }

    /// <summary>The product of the key (<c>Live</c>, <c>Ice</c>).</summary>
    public required string Product { get; init; }

    /// <summary>The action of the key.</summary>
    public required string Action { get; init; }

    /// <summary>GCRA's theoretical arrival time: the next call conforms from TAT − τ on.</summary>
    public DateTimeOffset TheoreticalArrival { get; init; }

    /// <summary>Until when the rate is lowered after a <c>Throttling*</c> answer; null when never throttled.</summary>
    public DateTimeOffset? PenaltyUntil { get; init; }

    /// <summary><c>Throttling*</c> answers reported, all instances together.</summary>
    public long ThrottleCount { get; init; }

    /// <summary>The code of the last one (e.g. <c>Throttling.User</c>).</summary>
    public string? LastThrottleCode { get; init; }

    /// <summary>When the last one was reported.</summary>
    public DateTimeOffset? LastThrottledAt { get; init; }

    /// <summary>Slots granted, all instances together.</summary>
    public long Granted { get; init; }

    /// <summary>Start of the current 10-second bucket of <see cref="RecentGrants"/>.</summary>
    public DateTimeOffset RecentStart { get; init; }

    /// <summary>Slots granted in the current bucket.</summary>
    public int RecentGrants { get; init; }

    /// <summary>Slots granted in the bucket before it.</summary>
    public int PreviousGrants { get; init; }

    /// <summary>The limit the last write paced at, as configured (e.g. <c>30/s</c>).</summary>
    public string? Limit { get; init; }

    /// <summary>When the entity was last written.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
