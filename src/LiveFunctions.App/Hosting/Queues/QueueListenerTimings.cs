namespace LiveFunctions.App.Hosting.Queues;

/// <summary>
/// The fixed timings of the standalone queue listener, the host's: a received message is hidden for
/// <see cref="ReceiveVisibility"/> (10 minutes) and, while its invocation runs, hidden again for as long every half of
/// it, so a long invocation keeps its message; <see cref="ReleaseTimeout"/> bounds the "make it visible again" request
/// of a run cut short by shutdown. (host.json <c>visibilityTimeout</c> is the retry delay after a failure.) Tests
/// register other values.
/// </summary>
internal sealed record QueueListenerTimings(TimeSpan ReceiveVisibility, TimeSpan ReleaseTimeout)
{
    /// <summary>The host's values.</summary>
    public static QueueListenerTimings Default { get; } = new(TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(5));

    /// <summary>How often the visibility of a running invocation's message is renewed.</summary>
    public TimeSpan RenewalInterval => ReceiveVisibility / 2;
}
