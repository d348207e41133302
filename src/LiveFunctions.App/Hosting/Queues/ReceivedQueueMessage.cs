namespace LiveFunctions.App.Hosting.Queues;

/// <summary>
/// A message as the standalone queue listener received it from storage (Get Messages), text already base64-decoded.
/// The listener maps the storage client's message onto this.
/// </summary>
internal sealed record ReceivedQueueMessage(
    string MessageId,
    string PopReceipt,
    long DequeueCount,
    DateTimeOffset InsertionTime,
    DateTimeOffset ExpirationTime,
    DateTimeOffset NextVisibleTime,
    string Text);
