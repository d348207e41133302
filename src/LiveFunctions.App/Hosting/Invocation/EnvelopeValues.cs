using System.Globalization;
using System.Text.Json;

namespace LiveFunctions.App.Hosting.Invocation;

/// <summary>
/// Tolerant readers for the values inside the host's envelope. The host serializes strings and numbers with
/// <c>JsonConvert.SerializeObject</c> before embedding them (spec 1.4/1.7), so a string may arrive JSON-encoded twice
/// (<c>"\"abc\""</c>) and a number as a string (<c>"1"</c>). Each reader accepts the documented and the observed forms.
/// </summary>
internal static class EnvelopeValues
{
    /// <summary>
    /// The text of a value: a string is JSON-decoded, and when the result is itself a JSON string literal it is decoded
    /// once more; objects, arrays, numbers and booleans give their JSON text; null or missing give null.
    /// </summary>
    public static string? ReadText(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                var text = value.GetString()!;
                return TryUnquote(text, out var inner) ? inner : text;
            default:
                return value.GetRawText();
        }
    }

    /// <summary>A whole number given as a number, a string, or a quoted string; null when missing or not a number.</summary>
    public static long? ReadInt64(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetInt64(out var number) ? number : null;
        }

        var text = ReadText(value);
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    /// <summary>An ISO-8601 time (a zone-less time is taken as UTC); null when missing or not a time.</summary>
    public static DateTimeOffset? ReadTime(JsonElement value)
    {
        var text = ReadText(value);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUniversalTime()
            : null;
    }

    /// <summary>A boolean given as JSON true/false or as the string "true"/"false"; <paramref name="fallback"/> otherwise.</summary>
    public static bool ReadBoolean(JsonElement value, bool fallback)
    {
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => bool.TryParse(ReadText(value), out var parsed) ? parsed : fallback,
        };
    }

    /// <summary>
    /// An object given as a JSON object or as a string holding JSON object text (the docs' <c>"Query": "{}"</c>);
    /// null otherwise.
    /// </summary>
    public static JsonElement? ReadObject(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        var text = value.ValueKind == JsonValueKind.String ? ReadText(value) : null;
        if (text is null || !text.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The member <paramref name="name"/> of an object, matched exactly and then case-insensitively.</summary>
    public static JsonElement Member(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        if (obj.TryGetProperty(name, out var exact))
        {
            return exact;
        }

        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return default;
    }

    private static bool TryUnquote(string text, out string inner)
    {
        inner = text;
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"')
        {
            return false;
        }

        try
        {
            var decoded = JsonSerializer.Deserialize<string>(text);
            if (decoded is null)
            {
                return false;
            }

            inner = decoded;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
