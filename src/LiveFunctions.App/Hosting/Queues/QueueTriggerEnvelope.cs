using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;

namespace LiveFunctions.App.Hosting.Queues;

/// <summary>
/// Builds the queue-trigger envelope the host would send for a message: <c>Data.{binding}</c> = the message text,
/// <c>Metadata</c> = DequeueCount, Id, PopReceipt, InsertionTime, ExpirationTime, NextVisibleTime and sys (the
/// documented single-encoded shape; the dispatcher reads the host's double-encoded one as well).
/// </summary>
internal static class QueueTriggerEnvelope
{
    public static JsonElement Build(QueueFunction function, ReceivedQueueMessage message, DateTimeOffset utcNow)
    {
        var data = new JsonObject { [function.TriggerName] = message.Text };
        var metadata = new JsonObject
        {
            ["DequeueCount"] = message.DequeueCount,
            ["Id"] = message.MessageId,
            ["PopReceipt"] = message.PopReceipt,
            ["InsertionTime"] = message.InsertionTime,
            ["ExpirationTime"] = message.ExpirationTime,
            ["NextVisibleTime"] = message.NextVisibleTime,
        };

        return EnvelopeBuilder.Build(function.Name, utcNow, data, metadata);
    }
}
