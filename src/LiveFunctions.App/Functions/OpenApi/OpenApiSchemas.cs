using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using LiveFunctions.App.Functions.Http;

namespace LiveFunctions.App.Functions.OpenApi;

/// <summary>
/// The <c>components.schemas</c> of the document: one JSON schema per record, generated from the type with the same
/// JSON settings the functions read and write with (exact names, unknown properties refused).
/// </summary>
internal sealed class OpenApiSchemas
{
    private static readonly JsonSchemaExporterOptions ExporterOptions = new() { TreatNullObliviousAsNonNullable = true };

    private readonly JsonObject _schemas = [];
    private readonly Dictionary<Type, string> _names = [];

    /// <summary>The schemas added so far, by name.</summary>
    public JsonObject Components => _schemas;

    /// <summary>A <c>$ref</c> to the schema of <paramref name="type"/>, adding it on first use.</summary>
    public JsonObject Reference(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!_names.TryGetValue(type, out var name))
        {
            name = UniqueName(type);
            _names[type] = name;
            var schema = JsonSchemaExporter.GetJsonSchemaAsNode(HttpFunctionJson.Options, type, ExporterOptions);

            // The exporter points repeated types at their first use inside the schema ("#/properties/…"); inside the
            // document those pointers are relative to this schema's place.
            Rebase(schema, "#/components/schemas/" + name);
            _schemas[name] = schema;
        }

        return new JsonObject { ["$ref"] = "#/components/schemas/" + name };
    }

    private string UniqueName(Type type)
    {
        var baseName = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
        var name = baseName;
        for (var n = 2; _schemas.ContainsKey(name); n++)
        {
            name = baseName + n;
        }

        return name;
    }

    private static void Rebase(JsonNode? node, string root)
    {
        switch (node)
        {
            case JsonObject members:
                if (members["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var pointer) && pointer.StartsWith('#'))
                {
                    members["$ref"] = root + pointer[1..];
                }

                foreach (var (_, member) in members.ToArray())
                {
                    Rebase(member, root);
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    Rebase(item, root);
                }

                break;
        }
    }
}
