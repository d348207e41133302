namespace LiveFunctions.Core.Storage;

/// <summary>A message read from a queue (by <see cref="StorageQueues.ReceiveAsync"/> or <see cref="StorageQueues.PeekAsync"/>).</summary>
/// <param name="MessageId">The service's id of the message.</param>
/// <param name="PopReceipt">The receipt that <see cref="StorageQueues.DeleteAsync"/> and <see cref="StorageQueues.UpdateVisibilityAsync"/> need; null for a peeked message.</param>
/// <param name="DequeueCount">How many times the message has been received, this time included.</param>
/// <param name="InsertionTime">When the message was added.</param>
/// <param name="ExpirationTime">When the message expires (year 9999 for messages that never expire).</param>
/// <param name="NextVisibleTime">When the message becomes visible again; null for a peeked message.</param>
/// <param name="Text">The message text: base64-decoded UTF-8 when <paramref name="IsBase64Encoded"/>, the raw text otherwise.</param>
/// <param name="IsBase64Encoded">
/// False when the wire text was not base64 of UTF-8 (written by something other than this client or a Functions output
/// binding); <paramref name="Text"/> is then the raw text. A Functions queue trigger would send such a message straight to poison.
/// </param>
/// <param name="RawText">The <c>MessageText</c> exactly as stored.</param>
public sealed record QueueMessage(
    string MessageId,
    string? PopReceipt,
    long DequeueCount,
    DateTimeOffset InsertionTime,
    DateTimeOffset ExpirationTime,
    DateTimeOffset? NextVisibleTime,
    string Text,
    bool IsBase64Encoded,
    string RawText);
