using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LiveFunctions.Core.OpenApi;

/// <summary>
/// Builds an operation's wire parameters in the SDK's serialisation (spec/alibaba-openapi.md §4.0): null values are left
/// out, integers in invariant culture, booleans as <c>true</c>/<c>false</c>, lists of strings as <c>X.1</c>, <c>X.2</c>,
/// lists of objects as <c>X.1.Field</c>, objects as one compact JSON string.
/// </summary>
public sealed class WireParameters
{
    private readonly List<KeyValuePair<string, string>> _items = [];

    /// <summary>Adds a string parameter unless it is null.</summary>
    public WireParameters Add(string name, string? value)
    {
        if (value is not null)
        {
            _items.Add(new(name, value));
        }

        return this;
    }

    /// <summary>Adds an integer parameter unless it is null.</summary>
    public WireParameters Add(string name, long? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a boolean parameter (<c>true</c>/<c>false</c>) unless it is null.</summary>
    public WireParameters Add(string name, bool? value) =>
        Add(name, value switch { null => null, true => "true", false => "false" });

    /// <summary>Adds <c>name.1</c>, <c>name.2</c>, … for a list of strings; a null list adds nothing, a null item keeps its index.</summary>
    public WireParameters AddList(string name, IReadOnlyList<string?>? values)
    {
        for (var i = 0; values is not null && i < values.Count; i++)
        {
            Add($"{name}.{i + 1}", values[i]);
        }

        return this;
    }

    /// <summary>
    /// Adds <c>name.N.Field</c> for each item of a list of objects; <paramref name="fields"/> lists an item's fields in
    /// order (a null field value is left out, a null item keeps its index).
    /// </summary>
    public WireParameters AddObjectList<T>(string name, IReadOnlyList<T?>? items, Func<T, IEnumerable<(string Field, string? Value)>> fields)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                continue;
            }

            foreach (var (field, value) in fields(item))
            {
                Add($"{name}.{i + 1}.{field}", value);
            }
        }

        return this;
    }

    /// <summary>Adds one parameter holding the compact JSON of an object (null members dropped), unless the object is null.</summary>
    public WireParameters AddJson(string name, JsonObject? value) =>
        Add(name, value?.ToJsonString(CompactJson));

    /// <summary>The parameters in the order they were added.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToList() => _items.ToArray();

    private static readonly JsonSerializerOptions CompactJson = new() { WriteIndented = false };
}
