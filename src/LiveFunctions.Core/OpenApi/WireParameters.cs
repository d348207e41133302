using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LiveFunctions.Core.OpenApi;

/// <summary>
/// Builds an operation's wire parameters in the SDK's serialisation (spec/alibaba-openapi.md §4.0): null values are left
/// out, integers in invariant culture, booleans as <c>true</c>/<c>false</c>, lists of strings as <c>X.1</c>, <c>X.2</c>,
/// lists of objects as <c>X.1.Field</c>, objects as one compact JSON string written as the SDK writes it.
/// </summary>
public sealed class WireParameters
{
    // For values that are neither strings nor containers (numbers, booleans, dates): nothing in them needs escaping,
    // and this encoder does not add any the SDK would not.
    private static readonly JsonSerializerOptions ScalarJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<KeyValuePair<string, string>> _items = [];

    /// <summary>Adds a string parameter unless it is null (an empty string is sent as <c>name=</c>).</summary>
    public WireParameters Add(string name, string? value)
    {
        if (value is not null)
        {
            _items.Add(new(name, value));
        }

        return this;
    }

    /// <summary>
    /// Adds a string parameter unless it is null or empty: for parameters where the service treats an empty string as
    /// not given, so that sending <c>name=</c> would only add noise to the signature.
    /// </summary>
    public WireParameters AddText(string name, string? value) =>
        Add(name, string.IsNullOrEmpty(value) ? null : value);

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
    /// order. A null or empty field value is left out (an item's fields are optional and the service reads an empty one
    /// as not given); a null item keeps its index.
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
                AddText($"{name}.{i + 1}.{field}", value);
            }
        }

        return this;
    }

    /// <summary>
    /// Adds one parameter holding the compact JSON of an object, unless the object is null. Members are written in their
    /// order, null members dropped, and strings escaped as the SDK (Newtonsoft.Json's defaults) escapes them: only
    /// <c>"</c>, <c>\</c>, control characters and U+0085/U+2028/U+2029; non-ASCII text and <c>&amp; + &lt; &gt; '</c> stay
    /// as they are.
    /// </summary>
    public WireParameters AddJson(string name, JsonObject? value)
    {
        if (value is null)
        {
            return this;
        }

        var json = new StringBuilder();
        WriteJson(json, value);
        return Add(name, json.ToString());
    }

    /// <summary>The parameters in the order they were added.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToList() => _items.ToArray();

    private static void WriteJson(StringBuilder json, JsonNode? node)
    {
        switch (node)
        {
            case null:
                json.Append("null");
                break;
            case JsonObject members:
                json.Append('{');
                var separator = string.Empty;
                foreach (var (key, member) in members)
                {
                    if (member is null)
                    {
                        continue;
                    }

                    json.Append(separator);
                    WriteString(json, key);
                    json.Append(':');
                    WriteJson(json, member);
                    separator = ",";
                }

                json.Append('}');
                break;
            case JsonArray items:
                json.Append('[');
                for (var i = 0; i < items.Count; i++)
                {
                    json.Append(i == 0 ? string.Empty : ",");
                    WriteJson(json, items[i]);
                }

                json.Append(']');
                break;
            case JsonValue text when text.TryGetValue<string>(out var value):
                WriteString(json, value);
                break;
            default:
                json.Append(node.ToJsonString(ScalarJson));
                break;
        }
    }

    private static void WriteString(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            var escaped = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => null,
            };
            if (escaped is not null)
            {
                json.Append(escaped);
            }
            else if (c < ' ' || c is '\u0085' or '\u2028' or '\u2029')
            {
                // Newtonsoft writes the other escapes with lower-case hex digits, e.g. \u001f.
                json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                json.Append(c);
            }
        }

        json.Append('"');
    }
}
