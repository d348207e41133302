using LiveFunctions.Core.Callbacks.Intake;
using LiveFunctions.Core.Callbacks.Processing;
using LiveFunctions.Core.Storage;
using LiveFunctions.Core.Tests.Storage;
using LiveFunctions.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveFunctions.Core.Tests.Callbacks.Processing;

/// <summary>
/// Poison replay on a real Azurite. The queue names are fixed, so each test empties both queues first (the tests of one
/// collection run one after the other).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SnapshotPoisonReplayTests(AzuriteFixture azurite)
{
    private const string Main = SnapshotCallbackIntake.QueueName;
    private const string Poison = SnapshotCallbackIntake.PoisonQueueName;
    private readonly StorageQueues _queues = StorageTestClients.ForConnectionString(azurite.ConnectionString).Queues;

    private SnapshotPoisonReplay Replay() => new(_queues, NullLogger<SnapshotPoisonReplay>.Instance);

    private async Task EmptyAsync(string queue)
    {
        await _queues.CreateIfNotExistsAsync(queue);
        IReadOnlyList<QueueMessage> batch;
        while ((batch = await _queues.ReceiveAsync(queue, 32, TimeSpan.FromMinutes(1))).Count > 0)
        {
            foreach (var message in batch)
            {
                await _queues.DeleteAsync(queue, message.MessageId, message.PopReceipt!);
            }
        }
    }

    private async Task<List<string>> DrainTextsAsync(string queue)
    {
        var texts = new List<string>();
        IReadOnlyList<QueueMessage> batch;
        while ((batch = await _queues.ReceiveAsync(queue, 32, TimeSpan.FromMinutes(1))).Count > 0)
        {
            texts.AddRange(batch.Select(m => m.Text));
            foreach (var message in batch)
            {
                await _queues.DeleteAsync(queue, message.MessageId, message.PopReceipt!);
            }
        }

        return texts;
    }

    [Fact]
    public async Task ReplayAsync_PoisonMessages_MovesEachBackWithItsTextAndEmptiesThePoisonQueue()
    {
        await EmptyAsync(Main);
        await EmptyAsync(Poison);
        string[] texts = ["{\"n\":1}", "{\"n\":2,\"name\":\"直播\"}", "{\"n\":3}"];
        foreach (var text in texts)
        {
            await _queues.SendAsync(Poison, text);
        }

        var result = await Replay().ReplayAsync(SnapshotPoisonReplay.MaxMessages);

        Assert.Equal(new PoisonReplayResult(3, 0), result);
        Assert.Equal(texts.Order(StringComparer.Ordinal), (await DrainTextsAsync(Main)).Order(StringComparer.Ordinal));
        Assert.Empty(await DrainTextsAsync(Poison));
    }

    [Fact]
    public async Task ReplayAsync_Max_MovesOnlyThatManyAndReportsTheRest()
    {
        await EmptyAsync(Main);
        await EmptyAsync(Poison);
        for (var i = 0; i < 5; i++)
        {
            await _queues.SendAsync(Poison, $"{{\"n\":{i}}}");
        }

        var result = await Replay().ReplayAsync(2);

        Assert.Equal(new PoisonReplayResult(2, 3), result);
        Assert.Equal(2, (await DrainTextsAsync(Main)).Count);
    }

    [Fact]
    public async Task ReplayAsync_EmptyPoisonQueue_MovesNothing()
    {
        await EmptyAsync(Poison);

        Assert.Equal(new PoisonReplayResult(0, 0), await Replay().ReplayAsync(10));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SnapshotPoisonReplay.MaxMessages + 1)]
    public async Task ReplayAsync_MaxOutOfRange_Throws(int max) =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Replay().ReplayAsync(max));
}
