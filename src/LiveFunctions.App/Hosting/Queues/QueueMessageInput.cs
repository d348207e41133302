using System.Text.Json;
using LiveFunctions.App.Hosting.Invocation;

namespace LiveFunctions.App.Hosting.Queues;

/// <summary>
/// One queue message as a queue function sees it: the text (already base64-decoded by the trigger) and the trigger
/// metadata. Read tolerantly from the envelope: the text may be JSON-encoded twice, Id and PopReceipt may carry
/// literal quotes, DequeueCount may be a string.
/// </summary>
internal sealed record QueueMessageInput
{
    public required string Text { get; init; }

    public required string Id { get; init; }

    public string PopReceipt { get; init; } = string.Empty;

    /// <summary>How many times the message has been received, this time included (1 on the first attempt).</summary>
    public long DequeueCount { get; init; } = 1;

    public DateTimeOffset? InsertionTime { get; init; }

    public DateTimeOffset? ExpirationTime { get; init; }

    public DateTimeOffset? NextVisibleTime { get; init; }

    /// <summary>Deserializes <see cref="Text"/> (a JSON work item) with System.Text.Json.</summary>
    public T Deserialize<T>() =>
        JsonSerializer.Deserialize<T>(Text) ?? throw new JsonException($"The message {Id} holds JSON null.");

    /// <summary>
    /// Reads <c>Data.{binding}</c> and <c>Metadata</c>; returns null when the message text is missing (a malformed
    /// envelope, which fails the invocation).
    /// </summary>
    public static QueueMessageInput? FromEnvelope(JsonElement data, JsonElement metadata)
    {
        var text = EnvelopeValues.ReadText(data);
        if (text is null)
        {
            return null;
        }

        return new QueueMessageInput
        {
            Text = text,
            Id = EnvelopeValues.ReadText(EnvelopeValues.Member(metadata, "Id")) ?? string.Empty,
            PopReceipt = EnvelopeValues.ReadText(EnvelopeValues.Member(metadata, "PopReceipt")) ?? string.Empty,
            DequeueCount = EnvelopeValues.ReadInt64(EnvelopeValues.Member(metadata, "DequeueCount")) ?? 1,
            InsertionTime = EnvelopeValues.ReadTime(EnvelopeValues.Member(metadata, "InsertionTime")),
            ExpirationTime = EnvelopeValues.ReadTime(EnvelopeValues.Member(metadata, "ExpirationTime")),
            NextVisibleTime = EnvelopeValues.ReadTime(EnvelopeValues.Member(metadata, "NextVisibleTime")),
        };
    }
}
