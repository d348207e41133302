using System.Text.Json;

namespace LiveFunctions.Core.Callbacks.Parsing;

/// <summary>
/// Lenient reader of snapshot callback bodies, whose exact shape Alibaba does not publish (spec §7.3): a JSON object
/// with case-insensitive keys and several accepted spellings per field (<see cref="SnapshotFieldAliases"/>). The
/// stream triple and a time are required; the OSS location is optional. Anything else (not JSON, not an object, a
/// required field missing, two spellings of one field with different values, a non-snapshot event, a field over
/// <see cref="MaxFieldLength"/> characters or with control characters) is "not understood" — a value, never an exception.
/// </summary>
public static class SnapshotCallbackParser
{
    /// <summary>The longest text value taken from a body; longer ones make the body not understood.</summary>
    public const int MaxFieldLength = 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly SnapshotField[] Required = [SnapshotField.Domain, SnapshotField.App, SnapshotField.Stream, SnapshotField.Time];

    /// <summary>Reads a callback body (UTF-8 bytes as received).</summary>
    public static SnapshotParseResult Parse(ReadOnlyMemory<byte> body)
    {
        if (body.Span.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException)
        {
            return SnapshotParseResult.NotUnderstood("The body is not JSON (UTF-8).");
        }

        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? Read(document.RootElement)
                : SnapshotParseResult.NotUnderstood($"The body is a JSON {document.RootElement.ValueKind}, not an object.");
        }
    }

    private static SnapshotParseResult Read(JsonElement root)
    {
        var texts = new Dictionary<SnapshotField, (string Value, string Key)>();
        (DateTimeOffset Value, string Key)? time = null;
        foreach (var property in root.EnumerateObject())
        {
            if (!SnapshotFieldAliases.TryFind(property.Name, out var field))
            {
                continue;
            }

            if (field == SnapshotField.Time)
            {
                if (!CallbackTimeValue.TryRead(property.Value, out var parsed))
                {
                    return SnapshotParseResult.NotUnderstood($"The time in {Quote(property.Name)} is not UNIX seconds, UNIX milliseconds or an ISO-8601 time.");
                }

                if (time is { } seen && seen.Value != parsed)
                {
                    return SnapshotParseResult.NotUnderstood($"{Quote(seen.Key)} and {Quote(property.Name)} give different times.");
                }

                time ??= (parsed, property.Name);
                continue;
            }

            var problem = ReadText(property, out var text);
            if (problem is not null)
            {
                return SnapshotParseResult.NotUnderstood(problem);
            }

            if (text is null)
            {
                continue;
            }

            if (texts.TryGetValue(field, out var earlier) && earlier.Value != text)
            {
                return SnapshotParseResult.NotUnderstood($"{Quote(earlier.Key)} and {Quote(property.Name)} give different values.");
            }

            texts.TryAdd(field, (text, property.Name));
        }

        var missing = Required.Where(f => f == SnapshotField.Time ? time is null : !texts.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            return SnapshotParseResult.NotUnderstood($"The body has no {string.Join(", ", missing.Select(Describe))}.");
        }

        var eventName = Optional(texts, SnapshotField.Event);
        if (eventName is not null && !eventName.Contains("snapshot", StringComparison.OrdinalIgnoreCase))
        {
            return SnapshotParseResult.NotUnderstood($"The event {Quote(texts[SnapshotField.Event].Key)} is not a snapshot event.");
        }

        return SnapshotParseResult.Of(new SnapshotEvent(
            texts[SnapshotField.Domain].Value,
            texts[SnapshotField.App].Value,
            texts[SnapshotField.Stream].Value,
            time!.Value.Value,
            Optional(texts, SnapshotField.OssEndpoint),
            Optional(texts, SnapshotField.OssBucket),
            Optional(texts, SnapshotField.OssObject),
            eventName));
    }

    /// <summary>A string (or a number, by its text) trimmed; null text for null/empty. Returns a problem or null.</summary>
    private static string? ReadText(JsonProperty property, out string? text)
    {
        text = property.Value.ValueKind switch
        {
            JsonValueKind.String => property.Value.GetString()!.Trim(),
            JsonValueKind.Number => property.Value.GetRawText(),
            JsonValueKind.Null => "",
            _ => null,
        };
        if (text is null)
        {
            return $"{Quote(property.Name)} is a JSON {property.Value.ValueKind}, not a text.";
        }

        if (text.Length > MaxFieldLength)
        {
            return $"{Quote(property.Name)} is longer than {MaxFieldLength} characters.";
        }

        if (text.Any(char.IsControl))
        {
            return $"{Quote(property.Name)} contains control characters.";
        }

        if (text.Length == 0)
        {
            text = null;
        }

        return null;
    }

    /// <summary>A key in quotes, shortened: keys are chosen by the sender and could be arbitrarily long.</summary>
    private static string Quote(string key) => key.Length <= 64 ? $"'{key}'" : $"'{key[..64]}…'";

    private static string? Optional(Dictionary<SnapshotField, (string Value, string Key)> texts, SnapshotField field) =>
        texts.TryGetValue(field, out var entry) ? entry.Value : null;

    private static string Describe(SnapshotField field) => field switch
    {
        SnapshotField.Domain => "domain (domain/DomainName)",
        SnapshotField.App => "app (app/AppName)",
        SnapshotField.Stream => "stream (stream/StreamName)",
        _ => "time (time/timestamp/CreateTime)",
    };
}
