using System.Net;
using System.Text;
using LiveFunctions.Core.Storage;

namespace LiveFunctions.Core.Tests.Storage;

/// <summary>The queue client's requests and its reading of answers, through a stub HTTP handler.</summary>
public sealed class StorageQueuesStubTests
{
    private const string Inserted = "Tue, 02 Dec 2025 10:00:00 GMT";

    private static string MessagesList(params string[] messages) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?><QueueMessagesList>{string.Concat(messages)}</QueueMessagesList>";

    private static string Message(string id, string text, int dequeueCount = 1, bool peeked = false) =>
        $"<QueueMessage><MessageId>{id}</MessageId><InsertionTime>{Inserted}</InsertionTime>" +
        $"<ExpirationTime>Tue, 09 Dec 2025 10:00:00 GMT</ExpirationTime>" +
        (peeked ? string.Empty : $"<PopReceipt>receipt-{id}</PopReceipt><TimeNextVisible>Tue, 02 Dec 2025 10:00:30 GMT</TimeNextVisible>") +
        $"<DequeueCount>{dequeueCount}</DequeueCount><MessageText>{text}</MessageText></QueueMessage>";

    [Fact]
    public async Task SendAsync_Text_PostsBase64OfUtf8WithTimesAndSharedKey()
    {
        var stub = new StubStorageHandler().Answer(HttpStatusCode.Created, MessagesList(
            "<QueueMessage><MessageId>m1</MessageId><InsertionTime>Tue, 02 Dec 2025 10:00:00 GMT</InsertionTime><ExpirationTime>Tue, 02 Dec 2025 11:00:00 GMT</ExpirationTime><PopReceipt>r1</PopReceipt><TimeNextVisible>Tue, 02 Dec 2025 10:00:05 GMT</TimeNextVisible></QueueMessage>"));
        var clients = StorageTestClients.OverStub(stub);

        var receipt = await clients.Queues.SendAsync("work-items", "{\"Stream\":\"直播\"}", TimeSpan.FromSeconds(4.2), TimeSpan.FromHours(1));

        var request = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1/work-items/messages?visibilitytimeout=5&messagettl=3600", request.Uri.AbsoluteUri);
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"Stream\":\"直播\"}"));
        Assert.Equal($"<QueueMessage><MessageText>{base64}</MessageText></QueueMessage>", request.BodyText);
        Assert.StartsWith("SharedKey devstoreaccount1:", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal("2025-05-05", request.Header("x-ms-version"));
        Assert.Equal("Tue, 02 Dec 2025 10:00:00 GMT", request.Header("x-ms-date"));
        Assert.Equal(new QueueSendReceipt(
            "m1", "r1",
            new DateTimeOffset(2025, 12, 2, 10, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 12, 2, 11, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2025, 12, 2, 10, 0, 5, TimeSpan.Zero),
            StubStorageHandler.ServerNow), receipt);
    }

    [Fact]
    public async Task SendAsync_InfiniteTimeToLive_SendsMinusOne()
    {
        var stub = new StubStorageHandler().Answer(HttpStatusCode.Created, MessagesList(
            "<QueueMessage><MessageId>m1</MessageId><InsertionTime>Tue, 02 Dec 2025 10:00:00 GMT</InsertionTime><ExpirationTime>Fri, 31 Dec 9999 23:59:59 GMT</ExpirationTime><PopReceipt>r1</PopReceipt><TimeNextVisible>Tue, 02 Dec 2025 10:00:00 GMT</TimeNextVisible></QueueMessage>"));

        var receipt = await StorageTestClients.OverStub(stub).Queues.SendAsync("work-items", "x", timeToLive: Timeout.InfiniteTimeSpan);

        Assert.EndsWith("/work-items/messages?messagettl=-1", stub.Requests[0].Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(9999, receipt.ExpirationTime.Year);
    }

    [Fact]
    public async Task SendAsync_EncodedTextOver64KiB_ThrowsBeforeSending()
    {
        var stub = new StubStorageHandler();
        var queues = StorageTestClients.OverStub(stub).Queues;

        // 49,153 bytes of UTF-8 encode to 65,540 base64 characters: just over the limit.
        var error = await Assert.ThrowsAsync<ArgumentException>(() => queues.SendAsync("work-items", new string('a', 49_153)));

        Assert.Equal("text", error.ParamName);
        Assert.Contains("65536", error.Message, StringComparison.Ordinal);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task SendAsync_EncodedTextExactly64KiB_IsSent()
    {
        var stub = new StubStorageHandler().Answer(HttpStatusCode.Created, MessagesList(Message("m1", "x")));

        await StorageTestClients.OverStub(stub).Queues.SendAsync("work-items", new string('a', 49_152));

        var body = stub.Requests[0].BodyText;
        Assert.Equal("<QueueMessage><MessageText>".Length + 65_536 + "</MessageText></QueueMessage>".Length, body.Length);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(8 * 24 * 3600, null)]
    [InlineData(60, 60)]
    public async Task SendAsync_TimesOutOfRange_ThrowsBeforeSending(int visibilitySeconds, int? ttlSeconds)
    {
        var stub = new StubStorageHandler();
        var queues = StorageTestClients.OverStub(stub).Queues;

        await Assert.ThrowsAnyAsync<ArgumentException>(() => queues.SendAsync(
            "work-items", "x", TimeSpan.FromSeconds(visibilitySeconds), ttlSeconds is null ? null : TimeSpan.FromSeconds(ttlSeconds.Value)));
        Assert.Empty(stub.Requests);
    }

    [Theory]
    [InlineData("Work-Items")]
    [InlineData("ab")]
    [InlineData("work--items")]
    [InlineData("work_items")]
    public async Task SendAsync_InvalidQueueName_ThrowsArgumentException(string queue)
    {
        var queues = StorageTestClients.OverStub(new StubStorageHandler()).Queues;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => queues.SendAsync(queue, "x"));

        Assert.Equal("queue", error.ParamName);
    }

    [Fact]
    public async Task ReceiveAsync_Base64AndRawMessages_DecodesOneAndFlagsTheOther()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"a\":1}"));
        var stub = new StubStorageHandler().Answer(HttpStatusCode.OK, MessagesList(
            Message("m1", encoded, dequeueCount: 2),
            Message("m2", "{plain text}"),
            Message("m3", "test")));

        var messages = await StorageTestClients.OverStub(stub).Queues.ReceiveAsync("work-items", 32, TimeSpan.FromMinutes(1));

        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1/work-items/messages?numofmessages=32&visibilitytimeout=60", stub.Requests[0].Uri.AbsoluteUri);
        Assert.Equal(3, messages.Count);
        Assert.Equal(("{\"a\":1}", true, 2L, "receipt-m1"), (messages[0].Text, messages[0].IsBase64Encoded, messages[0].DequeueCount, messages[0].PopReceipt));
        Assert.Equal(("{plain text}", false, "{plain text}"), (messages[1].Text, messages[1].IsBase64Encoded, messages[1].RawText));
        // "test" is valid base64 but decodes to bytes that are not UTF-8: kept raw.
        Assert.Equal(("test", false), (messages[2].Text, messages[2].IsBase64Encoded));
        Assert.Equal(new DateTimeOffset(2025, 12, 2, 10, 0, 30, TimeSpan.Zero), messages[0].NextVisibleTime);
    }

    [Fact]
    public async Task PeekAsync_Messages_HaveNoReceiptAndAskPeekOnly()
    {
        var stub = new StubStorageHandler().Answer(HttpStatusCode.OK, MessagesList(Message("m1", "eA==", peeked: true)));

        var message = Assert.Single(await StorageTestClients.OverStub(stub).Queues.PeekAsync("work-items", 5));

        Assert.EndsWith("/work-items/messages?numofmessages=5&peekonly=true", stub.Requests[0].Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Null(message.PopReceipt);
        Assert.Null(message.NextVisibleTime);
        Assert.Equal("x", message.Text);
    }

    [Fact]
    public async Task ReceiveAsync_EmptyList_ReturnsEmpty()
    {
        var stub = new StubStorageHandler().Answer(HttpStatusCode.OK, MessagesList());

        Assert.Empty(await StorageTestClients.OverStub(stub).Queues.ReceiveAsync("work-items", 1, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task DeleteAsync_EscapesReceiptAndReturnsTrueOn204()
    {
        var stub = new StubStorageHandler().Answer(HttpStatusCode.NoContent);

        Assert.True(await StorageTestClients.OverStub(stub).Queues.DeleteAsync("work-items", "m1", "AgAA+/x=="));

        Assert.Equal(HttpMethod.Delete, stub.Requests[0].Method);
        Assert.EndsWith("/work-items/messages/m1?popreceipt=AgAA%2B%2Fx%3D%3D", stub.Requests[0].Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "MessageNotFound")]
    [InlineData(HttpStatusCode.BadRequest, "PopReceiptMismatch")]
    public async Task DeleteAsync_MessageGoneOrReceiptStale_ReturnsFalse(HttpStatusCode status, string code)
    {
        var stub = new StubStorageHandler().Error(status, code);

        Assert.False(await StorageTestClients.OverStub(stub).Queues.DeleteAsync("work-items", "m1", "r1"));
    }

    [Fact]
    public async Task UpdateVisibilityAsync_204_ReturnsNewReceiptAndTime()
    {
        var stub = new StubStorageHandler().Answer(HttpStatusCode.NoContent, headers: r =>
        {
            r.Headers.Add("x-ms-popreceipt", "r2");
            r.Headers.Add("x-ms-time-next-visible", "Tue, 02 Dec 2025 10:05:00 GMT");
        });

        var update = await StorageTestClients.OverStub(stub).Queues.UpdateVisibilityAsync("work-items", "m1", "r1", TimeSpan.FromMinutes(5));

        Assert.Equal(HttpMethod.Put, stub.Requests[0].Method);
        Assert.EndsWith("/work-items/messages/m1?popreceipt=r1&visibilitytimeout=300", stub.Requests[0].Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(new QueueVisibilityUpdate("r2", new DateTimeOffset(2025, 12, 2, 10, 5, 0, TimeSpan.Zero), StubStorageHandler.ServerNow), update);
    }

    [Fact]
    public async Task UpdateVisibilityAsync_MessageGone_ReturnsNull()
    {
        var stub = new StubStorageHandler().Error(HttpStatusCode.NotFound, "MessageNotFound");

        Assert.Null(await StorageTestClients.OverStub(stub).Queues.UpdateVisibilityAsync("work-items", "m1", "r1", TimeSpan.Zero));
    }

    [Fact]
    public async Task GetApproximateCountAsync_ReadsHeaderAndNullForMissingQueue()
    {
        var stub = new StubStorageHandler()
            .Answer(HttpStatusCode.OK, headers: r => r.Headers.Add("x-ms-approximate-messages-count", "17"))
            .Error(HttpStatusCode.NotFound, "QueueNotFound");
        var queues = StorageTestClients.OverStub(stub).Queues;

        Assert.Equal(17, await queues.GetApproximateCountAsync("work-items"));
        Assert.Null(await queues.GetApproximateCountAsync("missing-queue"));
        Assert.EndsWith("/work-items?comp=metadata", stub.Requests[0].Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Created, true)]
    [InlineData(HttpStatusCode.NoContent, false)]
    public async Task CreateIfNotExistsAsync_CreatedOrAlreadyThere_ReturnsWhetherCreated(HttpStatusCode status, bool expected)
    {
        var stub = new StubStorageHandler().Answer(status);

        Assert.Equal(expected, await StorageTestClients.OverStub(stub).Queues.CreateIfNotExistsAsync("work-items"));
        Assert.Equal(HttpMethod.Put, stub.Requests[0].Method);
        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1/work-items", stub.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_ExistsWithOtherMetadata_ReturnsFalse()
    {
        var stub = new StubStorageHandler().Error(HttpStatusCode.Conflict, "QueueAlreadyExists");

        Assert.False(await StorageTestClients.OverStub(stub).Queues.CreateIfNotExistsAsync("work-items"));
    }

    [Fact]
    public async Task SendAsync_QueueNotFound_ThrowsStorageRequestExceptionWithCodeAndNoKey()
    {
        var stub = new StubStorageHandler().Error(HttpStatusCode.NotFound, "QueueNotFound");

        var error = await Assert.ThrowsAsync<StorageRequestException>(
            () => StorageTestClients.OverStub(stub).Queues.SendAsync("work-items", "x"));

        Assert.Equal((404, "QueueNotFound", "PutMessage", "queue 'work-items'", "req-1"), (error.Status, error.ErrorCode, error.Operation, error.Resource, error.RequestId));
        Assert.Contains("QueueNotFound", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiveAsync_BodyNotAMessagesList_ThrowsStorageRequestException()
    {
        var stub = new StubStorageHandler().Answer(HttpStatusCode.OK, "<html>proxy</html>");

        var error = await Assert.ThrowsAsync<StorageRequestException>(
            () => StorageTestClients.OverStub(stub).Queues.ReceiveAsync("work-items", 1, TimeSpan.FromSeconds(30)));

        Assert.Equal(200, error.Status);
    }
}
