using System.Globalization;
using Azure;
using Azure.Core;
using LiveFunctions.Core.Storage.Http;
using LiveFunctions.Core.Storage.Wire;

namespace LiveFunctions.Core.Storage;

/// <summary>
/// Azure Queue Storage over REST. Message text is written as base64 of UTF-8 — what the Functions queue trigger expects —
/// and read back decoded. Expected outcomes (an existing queue, a message that is gone) are return values; a failure
/// of the service or the network is a <see cref="StorageRequestException"/>; an argument the service would refuse is an
/// <see cref="ArgumentException"/> before anything is sent.
/// </summary>
public sealed class StorageQueues
{
    private static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7);
    private readonly StorageHttp _http;
    private readonly Uri _endpoint;

    internal StorageQueues(StorageHttp http, Uri queueEndpoint)
    {
        _http = http;
        _endpoint = queueEndpoint;
    }

    /// <summary>The queue service root this client talks to (no credentials in it).</summary>
    public Uri Endpoint => _endpoint;

    /// <summary>Creates the queue; true when it was created, false when it already existed.</summary>
    public Task<bool> CreateIfNotExistsAsync(string queue, CancellationToken cancellationToken = default)
    {
        StorageNames.ThrowIfInvalidQueue(queue);
        var request = new StorageRequest(RequestMethod.Put, StorageUri.Build(_endpoint, queue), "CreateQueue", Describe(queue));
        return _http.SendAsync(request, response => response.Status switch
        {
            201 => true,
            204 => false,
            409 when StorageErrors.ErrorCode(response) == "QueueAlreadyExists" => false,
            _ => throw StorageErrors.Unexpected(request, response),
        }, cancellationToken);
    }

    /// <summary>
    /// Adds a message whose <c>MessageText</c> is base64 of the UTF-8 <paramref name="text"/>.
    /// <paramref name="initialVisibilityDelay"/> (0 to 7 days) hides it at first; <paramref name="timeToLive"/> is positive
    /// or <see cref="Timeout.InfiniteTimeSpan"/> for never (default: the service's 7 days). Fractions of seconds round up.
    /// </summary>
    /// <exception cref="ArgumentException">The encoded text is over 64 KiB, or a time is out of range.</exception>
    public Task<QueueSendReceipt> SendAsync(
        string queue,
        string text,
        TimeSpan? initialVisibilityDelay = null,
        TimeSpan? timeToLive = null,
        CancellationToken cancellationToken = default)
    {
        StorageNames.ThrowIfInvalidQueue(queue);
        ArgumentNullException.ThrowIfNull(text);
        var encoded = QueueMessageText.Encode(text);
        if (encoded.Length > QueueMessageText.MaxEncodedLength)
        {
            throw new ArgumentException(
                $"The message is {encoded.Length} bytes once base64-encoded ({text.Length} characters of text); a queue message holds at most {QueueMessageText.MaxEncodedLength} (about 48 KiB of UTF-8 before encoding).",
                nameof(text));
        }

        var visibility = initialVisibilityDelay is { } delay ? Seconds(delay, TimeSpan.Zero, MaxVisibility, nameof(initialVisibilityDelay)) : (long?)null;
        long? ttl = null;
        if (timeToLive is { } live)
        {
            ttl = live == Timeout.InfiniteTimeSpan ? -1 : Seconds(live, TimeSpan.FromSeconds(1), TimeSpan.MaxValue, nameof(timeToLive));
            if (ttl > 0 && visibility >= ttl)
            {
                throw new ArgumentException("The initial visibility delay must be shorter than the time to live.", nameof(initialVisibilityDelay));
            }
        }

        var request = new StorageRequest(
            RequestMethod.Post,
            StorageUri.Build(_endpoint, $"{queue}/messages", ("visibilitytimeout", Text(visibility)), ("messagettl", Text(ttl))),
            "PutMessage",
            Describe(queue))
        {
            Content = QueueXml.PutMessageBody(encoded),
            ContentType = "application/xml; charset=utf-8",
        };
        return _http.SendAsync(request, response =>
        {
            if (response.Status != 201)
            {
                throw StorageErrors.Unexpected(request, response);
            }

            var entry = QueueXml.ReadMessages(response.Content.ToString())?.FirstOrDefault();
            if (entry is not { MessageId: { } id, PopReceipt: { } receipt, InsertionTime: { } inserted, ExpirationTime: { } expires, TimeNextVisible: { } visible })
            {
                throw StorageErrors.Malformed(request, response, "a QueueMessage with id, receipt and times");
            }

            return new QueueSendReceipt(id, receipt, inserted, expires, visible, StorageErrors.ServerDate(request, response));
        }, cancellationToken);
    }

    /// <summary>
    /// Receives up to <paramref name="maxMessages"/> (1-32) messages and hides them for <paramref name="visibilityTimeout"/>
    /// (1 s to 7 days); each one's dequeue count goes up by one. Empty when nothing is visible.
    /// </summary>
    public Task<IReadOnlyList<QueueMessage>> ReceiveAsync(
        string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        StorageNames.ThrowIfInvalidQueue(queue);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        var seconds = Seconds(visibilityTimeout, TimeSpan.FromSeconds(1), MaxVisibility, nameof(visibilityTimeout));
        var request = new StorageRequest(
            RequestMethod.Get,
            StorageUri.Build(_endpoint, $"{queue}/messages", ("numofmessages", Text(maxMessages)), ("visibilitytimeout", Text(seconds))),
            "GetMessages",
            Describe(queue));
        return _http.SendAsync(request, response => ReadMessages(request, response, peeked: false), cancellationToken);
    }

    /// <summary>Reads up to <paramref name="maxMessages"/> (1-32) visible messages without hiding them or counting a dequeue.</summary>
    public Task<IReadOnlyList<QueueMessage>> PeekAsync(string queue, int maxMessages, CancellationToken cancellationToken = default)
    {
        StorageNames.ThrowIfInvalidQueue(queue);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        var request = new StorageRequest(
            RequestMethod.Get,
            StorageUri.Build(_endpoint, $"{queue}/messages", ("numofmessages", Text(maxMessages)), ("peekonly", "true")),
            "PeekMessages",
            Describe(queue));
        return _http.SendAsync(request, response => ReadMessages(request, response, peeked: true), cancellationToken);
    }

    /// <summary>
    /// Deletes a received message. False when it is already gone or <paramref name="popReceipt"/> is no longer its latest
    /// receipt (it became visible and someone else received it).
    /// </summary>
    public Task<bool> DeleteAsync(string queue, string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        StorageNames.ThrowIfInvalidQueue(queue);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        var request = new StorageRequest(
            RequestMethod.Delete,
            StorageUri.Build(_endpoint, $"{queue}/messages/{Uri.EscapeDataString(messageId)}", ("popreceipt", popReceipt)),
            "DeleteMessage",
            Describe(queue));
        return _http.SendAsync(request, response => response.Status switch
        {
            204 => true,
            _ when IsMessageLost(response) => false,
            _ => throw StorageErrors.Unexpected(request, response),
        }, cancellationToken);
    }

    /// <summary>
    /// Hides a received message for <paramref name="visibilityTimeout"/> (0 = visible again now, up to 7 days) from now.
    /// Returns the new pop receipt, or null when the message is gone or the receipt is stale.
    /// </summary>
    public Task<QueueVisibilityUpdate?> UpdateVisibilityAsync(
        string queue, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        StorageNames.ThrowIfInvalidQueue(queue);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentException.ThrowIfNullOrEmpty(popReceipt);
        var seconds = Seconds(visibilityTimeout, TimeSpan.Zero, MaxVisibility, nameof(visibilityTimeout));
        var request = new StorageRequest(
            RequestMethod.Put,
            StorageUri.Build(
                _endpoint,
                $"{queue}/messages/{Uri.EscapeDataString(messageId)}",
                ("popreceipt", popReceipt),
                ("visibilitytimeout", Text(seconds))),
            "UpdateMessage",
            Describe(queue));
        return _http.SendAsync(request, response =>
        {
            if (response.Status != 204)
            {
                return IsMessageLost(response) ? null : throw StorageErrors.Unexpected(request, response);
            }

            if (!response.Headers.TryGetValue("x-ms-popreceipt", out var receipt) ||
                !response.Headers.TryGetValue("x-ms-time-next-visible", out var next) ||
                WireDate.Parse(next) is not { } nextVisible)
            {
                throw StorageErrors.Malformed(request, response, "x-ms-popreceipt and x-ms-time-next-visible");
            }

            return (QueueVisibilityUpdate?)new QueueVisibilityUpdate(receipt, nextVisible, StorageErrors.ServerDate(request, response));
        }, cancellationToken);
    }

    /// <summary>The service's approximate message count (<c>x-ms-approximate-messages-count</c>); null when the queue does not exist.</summary>
    public Task<int?> GetApproximateCountAsync(string queue, CancellationToken cancellationToken = default)
    {
        StorageNames.ThrowIfInvalidQueue(queue);
        var request = new StorageRequest(
            RequestMethod.Get, StorageUri.Build(_endpoint, queue, ("comp", "metadata")), "GetQueueMetadata", Describe(queue));
        return _http.SendAsync(request, response =>
        {
            if (response.Status == 404 && StorageErrors.ErrorCode(response) == "QueueNotFound")
            {
                return null;
            }

            if (response.Status != 200)
            {
                throw StorageErrors.Unexpected(request, response);
            }

            return response.Headers.TryGetValue("x-ms-approximate-messages-count", out var value) &&
                int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                ? (int?)count
                : throw StorageErrors.Malformed(request, response, "x-ms-approximate-messages-count");
        }, cancellationToken);
    }

    private static IReadOnlyList<QueueMessage> ReadMessages(StorageRequest request, Response response, bool peeked)
    {
        if (response.Status != 200)
        {
            throw StorageErrors.Unexpected(request, response);
        }

        var entries = QueueXml.ReadMessages(response.Content.ToString())
            ?? throw StorageErrors.Malformed(request, response, "a QueueMessagesList body");
        var messages = new List<QueueMessage>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry is not { MessageId: { } id, DequeueCount: { } count, InsertionTime: { } inserted, ExpirationTime: { } expires, MessageText: { } raw } ||
                (!peeked && (entry.PopReceipt is null || entry.TimeNextVisible is null)))
            {
                throw StorageErrors.Malformed(request, response, "complete QueueMessage elements");
            }

            var decoded = QueueMessageText.TryDecode(raw, out var text);
            messages.Add(new QueueMessage(id, entry.PopReceipt, count, inserted, expires, entry.TimeNextVisible, text, decoded, raw));
        }

        return messages;
    }

    // 404 MessageNotFound: deleted, expired or the receipt is stale; 400 PopReceiptMismatch: the receipt is not the latest.
    private static bool IsMessageLost(Response response) =>
        (response.Status == 404 && StorageErrors.ErrorCode(response) == "MessageNotFound") ||
        (response.Status == 400 && StorageErrors.ErrorCode(response) == "PopReceiptMismatch");

    private static long Seconds(TimeSpan value, TimeSpan min, TimeSpan max, string parameter)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"Must be between {min} and {max}.");
        }

        return (long)Math.Ceiling(value.TotalSeconds);
    }

    private static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Describe(string queue) => $"queue '{queue}'";
}
