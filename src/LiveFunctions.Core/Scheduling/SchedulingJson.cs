using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveFunctions.Core.Scheduling;

/// <summary>
/// The JSON form of every scheduling record (work items, outcomes, checkpoints, schedules and their actions):
/// property names exactly as the C# records spell them (PascalCase), enumerations as camel-case strings
/// (<c>created</c>, <c>alreadyArmed</c>), times as <c>yyyy-MM-ddTHH:mm:ssZ</c>, null members left out.
/// Reading is exact: names are case-sensitive, a required constructor member must be present and a non-nullable
/// member must not be null.
/// </summary>
public static class SchedulingJson
{
    /// <summary>The serializer options (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The compact JSON of a record.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>
    /// Reads a record; false with a one-sentence reason when the text is not JSON of the record's shape
    /// (never throws for bad input, so a queue executor can poison the message with that reason).
    /// </summary>
    public static bool TryDeserialize<T>(string? json, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out string? error)
        where T : class
    {
        value = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            error = $"The {typeof(T).Name} JSON is empty.";
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException exception)
        {
            error = $"The {typeof(T).Name} JSON is not valid: {exception.Message}";
            return false;
        }

        if (value is null)
        {
            error = $"The {typeof(T).Name} JSON is null.";
            return false;
        }

        error = null;
        return true;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            Converters = { new UtcTimeJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
