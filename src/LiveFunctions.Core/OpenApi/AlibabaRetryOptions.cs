namespace LiveFunctions.Core.OpenApi;

/// <summary>
/// How the client retries transient failures (section <c>Alibaba:Retry</c>): exponential back-off with full jitter,
/// bounded both by the number of attempts and by the time spent on the whole call.
/// </summary>
public sealed class AlibabaRetryOptions
{
    /// <summary>Attempts per call, the first one included (<c>Alibaba:Retry:MaxAttempts</c>, default 4). 1 disables retries.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>
    /// The most time one call may take, every attempt and back-off included (<c>Alibaba:Retry:MaxElapsed</c>, default 30 s).
    /// No attempt starts and no attempt runs past it.
    /// </summary>
    public TimeSpan MaxElapsed { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The back-off cap before the first retry (<c>Alibaba:Retry:BaseDelay</c>, default 200 ms); it doubles per retry.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The largest back-off cap (<c>Alibaba:Retry:MaxDelay</c>, default 5 s). A service's <c>x-acs-retry-after</c> is honoured even when longer.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);
}
