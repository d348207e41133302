using LiveFunctions.App.Hosting.Queues;

namespace LiveFunctions.App.Tests.Hosting.Queues;

public sealed class QueueWakeupsTests
{
    [Fact]
    public void Notify_AfterNext_CompletesTheWaitOfThatQueueOnly()
    {
        var wakeups = new QueueWakeups();
        var work = wakeups.Next("work");
        var other = wakeups.Next("other");

        wakeups.Notify("work");

        Assert.True(work.IsCompletedSuccessfully);
        Assert.False(other.IsCompleted);
    }

    [Fact]
    public void Next_AfterANotify_WaitsForTheFollowingOne()
    {
        var wakeups = new QueueWakeups();
        wakeups.Next("work");
        wakeups.Notify("work");

        var next = wakeups.Next("work");

        Assert.False(next.IsCompleted);
        wakeups.Notify("work");
        Assert.True(next.IsCompletedSuccessfully);
    }
}
