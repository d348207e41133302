using System.Text;
using Azure.Core;
using LiveFunctions.Core.Storage;
using LiveFunctions.Core.Storage.Http;
using LiveFunctions.Core.Storage.Wire;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.Core.Tests.Storage;

/// <summary>The queue client against a real Azurite started by the test run.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageQueuesAzuriteTests(AzuriteFixture azurite)
{
    private readonly StorageTestClients _clients = StorageTestClients.ForConnectionString(azurite.ConnectionString);

    private StorageQueues Queues => _clients.Queues;

    private async Task<string> NewQueueAsync()
    {
        var queue = AzuriteCollection.UniqueName("q");
        Assert.True(await Queues.CreateIfNotExistsAsync(queue));
        return queue;
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_Twice_CreatesOnceThenReportsExisting()
    {
        var queue = AzuriteCollection.UniqueName("q");

        Assert.True(await Queues.CreateIfNotExistsAsync(queue));
        Assert.False(await Queues.CreateIfNotExistsAsync(queue));
        Assert.Equal(0, await Queues.GetApproximateCountAsync(queue));
    }

    [Fact]
    public async Task SendReceiveDelete_OneMessage_RoundTripsTextAndEmptiesQueue()
    {
        var queue = await NewQueueAsync();
        const string text = "{\"DomainName\":\"play.example.com\",\"StreamName\":\"直播-1\"}";

        var sent = await Queues.SendAsync(queue, text);
        Assert.Equal(1, await Queues.GetApproximateCountAsync(queue));
        var received = Assert.Single(await Queues.ReceiveAsync(queue, 32, TimeSpan.FromSeconds(30)));

        Assert.Equal(sent.MessageId, received.MessageId);
        Assert.Equal((text, true, 1L), (received.Text, received.IsBase64Encoded, received.DequeueCount));
        Assert.True(await Queues.DeleteAsync(queue, received.MessageId, received.PopReceipt!));
        Assert.Equal(0, await Queues.GetApproximateCountAsync(queue));
        Assert.False(await Queues.DeleteAsync(queue, received.MessageId, received.PopReceipt!));
    }

    [Fact]
    public async Task SendAsync_Text_IsStoredAsBase64OfUtf8OnTheWire()
    {
        var queue = await NewQueueAsync();
        const string text = "<xml & \"quotes\"> é";

        await Queues.SendAsync(queue, text);
        var peeked = Assert.Single(await Queues.PeekAsync(queue, 1));

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), peeked.RawText);
        Assert.Equal(text, peeked.Text);
    }

    [Fact]
    public async Task ReceiveAsync_MessageWrittenWithoutBase64_KeepsRawTextAndFlagsIt()
    {
        var queue = await NewQueueAsync();
        // Written the way a producer with messageEncoding "none" would: raw text in MessageText.
        var raw = new StorageRequest(
            RequestMethod.Post, StorageUri.Build(Queues.Endpoint, $"{queue}/messages"), "PutMessage", queue)
        {
            Content = QueueXml.PutMessageBody("{not base64}"),
            ContentType = "application/xml",
        };
        var status = await _clients.Http.SendAsync(raw, response => response.Status, CancellationToken.None);
        Assert.Equal(201, status);

        var message = Assert.Single(await Queues.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(30)));

        Assert.Equal(("{not base64}", false, "{not base64}"), (message.Text, message.IsBase64Encoded, message.RawText));
    }

    [Fact]
    public async Task ReceiveAsync_VisibilityTimeout_HidesMessageUntilUpdateMakesItVisibleAgain()
    {
        var queue = await NewQueueAsync();
        await Queues.SendAsync(queue, "work");

        var first = Assert.Single(await Queues.ReceiveAsync(queue, 1, TimeSpan.FromMinutes(5)));
        Assert.Empty(await Queues.ReceiveAsync(queue, 1, TimeSpan.FromMinutes(5)));
        Assert.Empty(await Queues.PeekAsync(queue, 1));
        Assert.True(first.NextVisibleTime > first.InsertionTime.AddMinutes(4));

        var update = await Queues.UpdateVisibilityAsync(queue, first.MessageId, first.PopReceipt!, TimeSpan.Zero);
        Assert.NotNull(update);
        Assert.NotEqual(first.PopReceipt, update.PopReceipt);

        var second = Assert.Single(await Queues.ReceiveAsync(queue, 1, TimeSpan.FromMinutes(5)));
        Assert.Equal((first.MessageId, 2L), (second.MessageId, second.DequeueCount));
        // The receipt from before the update (and before the new receive) no longer deletes it.
        Assert.False(await Queues.DeleteAsync(queue, first.MessageId, first.PopReceipt!));
        Assert.True(await Queues.DeleteAsync(queue, second.MessageId, second.PopReceipt!));
    }

    [Fact]
    public async Task UpdateVisibilityAsync_StaleReceipt_ReturnsNull()
    {
        var queue = await NewQueueAsync();
        await Queues.SendAsync(queue, "work");
        var first = Assert.Single(await Queues.ReceiveAsync(queue, 1, TimeSpan.FromMinutes(5)));
        var update = await Queues.UpdateVisibilityAsync(queue, first.MessageId, first.PopReceipt!, TimeSpan.FromMinutes(1));
        Assert.NotNull(update);

        Assert.Null(await Queues.UpdateVisibilityAsync(queue, first.MessageId, first.PopReceipt!, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task PeekAsync_Messages_DoesNotChangeVisibilityOrDequeueCount()
    {
        var queue = await NewQueueAsync();
        await Queues.SendAsync(queue, "one");
        await Queues.SendAsync(queue, "two");

        var peeked = await Queues.PeekAsync(queue, 32);
        var peekedAgain = await Queues.PeekAsync(queue, 32);
        var received = await Queues.ReceiveAsync(queue, 32, TimeSpan.FromSeconds(30));

        Assert.Equal(["one", "two"], peeked.Select(m => m.Text));
        Assert.All(peeked, m => Assert.Null(m.PopReceipt));
        Assert.All(peekedAgain, m => Assert.Equal(0L, m.DequeueCount));
        Assert.Equal(["one", "two"], received.Select(m => m.Text).Order());
        Assert.All(received, m => Assert.Equal(1L, m.DequeueCount));
    }

    [Fact]
    public async Task SendAsync_InitialVisibilityDelay_HidesMessageAtFirst()
    {
        var queue = await NewQueueAsync();

        var sent = await Queues.SendAsync(queue, "later", TimeSpan.FromMinutes(10), TimeSpan.FromHours(1));

        Assert.Empty(await Queues.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(30)));
        Assert.Equal(1, await Queues.GetApproximateCountAsync(queue));
        Assert.True(sent.NextVisibleTime >= sent.InsertionTime.AddMinutes(10).AddSeconds(-1));
        Assert.True(sent.ExpirationTime <= sent.InsertionTime.AddHours(1).AddSeconds(1));
        Assert.True((sent.ServerDate - DateTimeOffset.UtcNow).Duration() < TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task SendAsync_QueueMissing_ThrowsQueueNotFound()
    {
        var error = await Assert.ThrowsAsync<StorageRequestException>(
            () => Queues.SendAsync(AzuriteCollection.UniqueName("missing"), "x"));

        Assert.Equal((404, "QueueNotFound"), (error.Status, error.ErrorCode));
        Assert.Null(await Queues.GetApproximateCountAsync(AzuriteCollection.UniqueName("missing")));
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_WrongAccountKey_ThrowsAuthenticationFailedWithoutTheKey()
    {
        const string wrongKey = "d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXktd3Jvbmcta2V5";
        var connection = azurite.ConnectionString.Replace(AzuriteInstance.AccountKey, wrongKey, StringComparison.Ordinal);
        var queues = StorageTestClients.ForConnectionString(connection).Queues;

        var error = await Assert.ThrowsAsync<StorageRequestException>(() => queues.CreateIfNotExistsAsync(AzuriteCollection.UniqueName("q")));

        Assert.Equal((403, "AuthenticationFailed"), (error.Status, error.ErrorCode));
        Assert.DoesNotContain(wrongKey, error.ToString(), StringComparison.Ordinal);
    }
}
