using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using LiveFunctions.Core.Callbacks.Parsing;

namespace LiveFunctions.Core.Callbacks.Queue;

/// <summary>
/// The JSON form of <see cref="SnapshotCallbackMessage"/>: PascalCase names, enums as names, nulls left out.
/// A Functions queue stores <c>base64(UTF-8(json))</c> and allows 64 KiB (65,536 characters) of message text, so the
/// JSON may have at most 49,152 bytes; <see cref="MaxJsonBytes"/> keeps a margin below that (48,000 bytes = 64,000
/// base64 characters).
/// </summary>
public static class SnapshotCallbackMessageJson
{
    /// <summary>The Azure Storage queue message text limit (64 KiB).</summary>
    public const int QueueMessageTextLimit = 64 * 1024;

    /// <summary>The largest message JSON written, in UTF-8 bytes (its base64 is at most 64,000 characters).</summary>
    public const int MaxJsonBytes = 48_000;

    internal static readonly JsonSerializerOptions Options = new()
    {
        // The text is a queue message or a webhook body, never HTML: keep non-ASCII as UTF-8 instead of \uXXXX (smaller).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The message as JSON text.</summary>
    public static string Serialize(SnapshotCallbackMessage message) => JsonSerializer.Serialize(message, Options);

    /// <summary>
    /// The UTF-8 size of the message's JSON once parsed and written again with System.Text.Json's default encoder, which
    /// escapes the most (<c>"</c> as <c>\u0022</c>, <c>+</c> as <c>\u002B</c>, non-ASCII as <c>\uXXXX</c>). That is what the
    /// standalone queue output does to it; the Functions host re-writes it with Newtonsoft, which escapes less. So this
    /// bounds every form the message takes on its way to the queue.
    /// </summary>
    public static int StrictByteCount(SnapshotCallbackMessage message) =>
        Encoding.UTF8.GetByteCount(JsonNode.Parse(Serialize(message))!.ToJsonString());

    /// <summary>
    /// Reads a message written by <see cref="Serialize"/>. False for anything else: not JSON, a required member
    /// missing, an unknown <see cref="SnapshotCallbackMessage.Version"/>, an understood message without its snapshot
    /// or a dedupe key that is not 64 hex characters.
    /// </summary>
    public static bool TryDeserialize(string json, [NotNullWhen(true)] out SnapshotCallbackMessage? message)
    {
        message = null;
        SnapshotCallbackMessage? read;
        try
        {
            read = JsonSerializer.Deserialize<SnapshotCallbackMessage>(json, Options);
        }
        catch (JsonException)
        {
            return false;
        }

        if (read is null
            || read.Version != SnapshotCallbackMessage.CurrentVersion
            || read.Understood != (read.Snapshot is not null)
            || read.DedupeKey.Length != SnapshotDedupeKey.Length
            || !read.DedupeKey.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        message = read;
        return true;
    }
}
