using LiveFunctions.App.Hosting.Queues;

namespace LiveFunctions.App.Tests.Hosting.Queues;

public sealed class PollingBackoffTests
{
    [Fact]
    public void Next_IdlePolls_DoublesFromTheMinimumUpToTheMaximum()
    {
        var backoff = new PollingBackoff(TimeSpan.FromSeconds(1));

        var waits = Enumerable.Range(0, 6).Select(_ => backoff.Next().TotalMilliseconds).ToArray();

        Assert.Equal([100d, 200d, 400d, 800d, 1000d, 1000d], waits);
    }

    [Fact]
    public void Reset_AfterMessages_StartsAgainAtTheMinimum()
    {
        var backoff = new PollingBackoff(TimeSpan.FromSeconds(10));
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(TimeSpan.FromMilliseconds(100), backoff.Next());
    }

    [Fact]
    public void Next_MaximumBelowTheMinimum_WaitsTheMinimum()
    {
        var backoff = new PollingBackoff(TimeSpan.FromMilliseconds(10));

        Assert.Equal(TimeSpan.FromMilliseconds(100), backoff.Next());
        Assert.Equal(TimeSpan.FromMilliseconds(100), backoff.Next());
    }
}
