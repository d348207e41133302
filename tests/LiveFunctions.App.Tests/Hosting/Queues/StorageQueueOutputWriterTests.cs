using System.Text;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.Core.Storage;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Hosting.Queues;

[Collection(StandaloneAzuriteCollection.Name)]
public sealed class StorageQueueOutputWriterTests(AzuriteFixture azurite) : IDisposable
{
    private readonly ServiceProvider _clients = StandaloneStorage.Clients(azurite.ConnectionString);

    private StorageQueues Queues => _clients.GetRequiredService<StorageQueues>();

    public void Dispose() => _clients.Dispose();

    [Fact]
    public async Task WriteAsync_MissingQueue_CreatesItAndSendsEachMessageAsBase64OfItsUtf8()
    {
        var queue = StandaloneStorage.QueueName("work");
        var wakeups = new QueueWakeups();
        var woken = wakeups.Next(queue);
        var writer = new StorageQueueOutputWriter(Queues, new QueueCreation(Queues), wakeups);
        string[] messages = ["""{"Hour":"2026-03-01T10:00:00Z","Stream":"a"}""", """{"Hour":"2026-03-01T10:00:00Z","Stream":"ß€"}"""];

        await writer.WriteAsync(new QueueOutputMessages(new QueueOutputBinding("work", queue), messages), CancellationToken.None);

        var stored = await StandaloneStorage.PeekAllAsync(Queues, queue);
        Assert.Equal(messages, stored.Select(m => m.Text).ToArray());
        Assert.Equal(messages.Select(m => Convert.ToBase64String(Encoding.UTF8.GetBytes(m))).ToArray(), stored.Select(m => m.RawText).ToArray());
        Assert.True(woken.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WriteAsync_QueueDeletedAfterItWasCreated_CreatesItAgain()
    {
        var queue = StandaloneStorage.QueueName("gone");
        var creation = new QueueCreation(Queues);
        var writer = new StorageQueueOutputWriter(Queues, creation, new QueueWakeups());
        var binding = new QueueOutputBinding("work", queue);
        await writer.WriteAsync(new QueueOutputMessages(binding, ["""{"N":1}"""]), CancellationToken.None);
        await DeleteQueueAsync(queue);

        await writer.WriteAsync(new QueueOutputMessages(binding, ["""{"N":2}"""]), CancellationToken.None);

        Assert.Equal(["""{"N":2}"""], (await StandaloneStorage.PeekAllAsync(Queues, queue)).Select(m => m.Text).ToArray());
    }

    private async Task DeleteQueueAsync(string queue)
    {
        using var http = new HttpClient();
        await SharedKeyRequests.DeleteQueueAsync(http, azurite.Instance, queue);
        Assert.Null(await Queues.GetApproximateCountAsync(queue));
    }
}
