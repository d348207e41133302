namespace LiveFunctions.Core.Storage;

/// <summary>What the service answered to <see cref="StorageQueues.SendAsync"/>.</summary>
/// <param name="MessageId">The new message's id.</param>
/// <param name="PopReceipt">A receipt valid until the message is next received (lets the sender delete or update it).</param>
/// <param name="InsertionTime">When it was added.</param>
/// <param name="ExpirationTime">When it expires.</param>
/// <param name="NextVisibleTime">When it becomes visible to receivers (later than now with an initial visibility delay).</param>
/// <param name="ServerDate">The storage service's clock (the response's <c>Date</c> header).</param>
public sealed record QueueSendReceipt(
    string MessageId,
    string PopReceipt,
    DateTimeOffset InsertionTime,
    DateTimeOffset ExpirationTime,
    DateTimeOffset NextVisibleTime,
    DateTimeOffset ServerDate);
