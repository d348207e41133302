using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace LiveFunctions.App.Functions.Http;

/// <summary>
/// Checks a JSON body against the request record it is read into, before it is deserialised, so that every mistake
/// gets a message naming the field by its path (<c>RecordFormat[0].CycleDuration</c>): unknown properties (names are
/// case-sensitive, with a hint when only the case differs), repeated properties and wrong JSON types. Null is accepted
/// for every member (all are optional on the wire; the validators report required ones) but not as an array item.
/// </summary>
internal static class JsonShape
{
    /// <summary>The first problem of <paramref name="root"/> as a <typeparamref name="T"/>, or null when it fits.</summary>
    public static InputError? Check<T>(JsonElement root) => Check(root, typeof(T), string.Empty);

    private static InputError? Check(JsonElement element, Type type, string path)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return element.ValueKind == JsonValueKind.String ? null : WrongType(path, "a string", element);
        }

        if (target == typeof(int))
        {
            return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out _) ? null : WrongType(path, "a whole number", element);
        }

        if (target == typeof(long))
        {
            return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out _) ? null : WrongType(path, "a whole number", element);
        }

        if (target == typeof(double))
        {
            return element.ValueKind == JsonValueKind.Number ? null : WrongType(path, "a number", element);
        }

        if (target == typeof(bool))
        {
            return element.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : WrongType(path, "true or false", element);
        }

        var info = HttpFunctionJson.Options.GetTypeInfo(target);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => CheckArray(element, info.ElementType!, path),
            JsonTypeInfoKind.Object => CheckObject(element, info, path),

            // Nothing in the request records has another shape; the deserialiser reports anything it cannot read.
            _ => null,
        };
    }

    private static InputError? CheckArray(JsonElement element, Type itemType, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return WrongType(path, "an array", element);
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = $"{path}[{index}]";
            if (item.ValueKind == JsonValueKind.Null)
            {
                return InputError.BadRequest(HttpFunctionCodes.InvalidType, $"{itemPath} is null; leave the item out instead.");
            }

            if (Check(item, itemType, itemPath) is { } problem)
            {
                return problem;
            }

            index++;
        }

        return null;
    }

    private static InputError? CheckObject(JsonElement element, JsonTypeInfo info, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return path.Length == 0
                ? InputError.BadRequest(HttpFunctionCodes.MalformedJson, $"The body must be a JSON object, not {Describe(element)}.")
                : WrongType(path, "an object", element);
        }

        var members = info.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            if (!seen.Add(property.Name))
            {
                return InputError.BadRequest(HttpFunctionCodes.MalformedJson, $"The property {propertyPath} appears more than once.");
            }

            if (!members.TryGetValue(property.Name, out var member))
            {
                return Unknown(propertyPath, property.Name, members.Keys);
            }

            if (Check(property.Value, member.PropertyType, propertyPath) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static InputError Unknown(string path, string name, IEnumerable<string> known)
    {
        var near = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        var hint = near is null
            ? $"Known properties here: {string.Join(", ", known.Order(StringComparer.Ordinal))}."
            : $"Did you mean {near}? Property names are case-sensitive and spelled as in the API document.";
        return InputError.BadRequest(HttpFunctionCodes.UnknownParameter, $"{path} is not a parameter of this operation. {hint}");
    }

    private static InputError WrongType(string path, string expected, JsonElement actual) =>
        InputError.BadRequest(HttpFunctionCodes.InvalidType, $"{path} must be {expected}, not {Describe(actual)}.");

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => element.TryGetInt64(out _) ? "the number " + element.GetRawText() : "a number with a fraction or out of range",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
