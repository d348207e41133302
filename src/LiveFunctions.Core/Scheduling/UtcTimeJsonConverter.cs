using System.Text.Json;
using System.Text.Json.Serialization;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Scheduling;

/// <summary>
/// Writes and reads every <see cref="DateTimeOffset"/> of the scheduling records in the APIs' one time format,
/// <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC, whole seconds), so stored records, queue messages and API answers read alike.
/// </summary>
internal sealed class UtcTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return AlibabaTime.TryParse(text, out var time)
            ? time
            : throw new JsonException($"A time must be a string in the format yyyy-MM-ddTHH:mm:ssZ (UTC); got {Describe(reader.TokenType, text)}.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(AlibabaTime.ToWire(value));
    }

    private static string Describe(JsonTokenType token, string? text) =>
        token == JsonTokenType.String ? $"'{text}'" : $"a JSON {token}";
}
