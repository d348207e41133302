using System.Text.Json.Nodes;
using LiveFunctions.App.Hosting.Declarations;

namespace LiveFunctions.App.Hosting.FunctionJson;

/// <summary>
/// The function.json of each function, generated from its one declaration: proxied HTTP functions from their endpoint
/// (route without the <c>api/</c> prefix, lower-case methods, authLevel), the others from their definitions.
/// </summary>
internal static class FunctionJsonBuilder
{
    private const string Connection = "AzureWebJobsStorage";

    public static JsonObject Build(ProxiedHttpFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return Document(
            HttpTrigger(function.Route, function.Methods, function.AuthLevel),
            HttpOutput());
    }

    public static JsonObject Build(FunctionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var trigger = definition switch
        {
            TimerFunction timer => new JsonObject
            {
                ["type"] = "timerTrigger",
                ["direction"] = "in",
                ["name"] = timer.TriggerName,
                ["schedule"] = "%" + timer.ScheduleSetting + "%",
                ["runOnStartup"] = timer.RunOnStartup,
                ["useMonitor"] = true,
            },
            QueueFunction queue => new JsonObject
            {
                ["type"] = "queueTrigger",
                ["direction"] = "in",
                ["name"] = queue.TriggerName,
                ["queueName"] = queue.QueueName,
                ["connection"] = Connection,
            },
            HttpEnvelopeFunction http => HttpTrigger(http.Route, http.Methods, http.AuthLevel),
            _ => throw new InvalidOperationException($"Function '{definition.Name}' has an unknown kind."),
        };

        var bindings = new List<JsonObject> { trigger };
        if (definition is HttpEnvelopeFunction)
        {
            bindings.Add(HttpOutput());
        }

        bindings.AddRange(definition.QueueOutputs.Select(o => new JsonObject
        {
            ["type"] = "queue",
            ["direction"] = "out",
            ["name"] = o.Name,
            ["queueName"] = o.QueueName,
            ["connection"] = Connection,
        }));

        return Document([.. bindings]);
    }

    private static JsonObject HttpTrigger(string route, IReadOnlyList<string>? methods, AuthLevel authLevel)
    {
        var trigger = new JsonObject
        {
            ["type"] = "httpTrigger",
            ["direction"] = "in",
            ["name"] = HttpEnvelopeFunction.BindingName,
            ["authLevel"] = authLevel.ToString().ToLowerInvariant(),
        };

        // No "methods" means every method, as in function.json.
        if (methods is not null)
        {
            trigger["methods"] = new JsonArray(methods.Select(m => (JsonNode)m.ToLowerInvariant()).ToArray());
        }

        trigger["route"] = route;
        return trigger;
    }

    private static JsonObject HttpOutput() => new()
    {
        ["type"] = "http",
        ["direction"] = "out",
        ["name"] = HttpEnvelopeFunction.ResponseBindingName,
    };

    private static JsonObject Document(params JsonObject[] bindings) => new()
    {
        ["bindings"] = new JsonArray(bindings.Select(b => (JsonNode)b).ToArray()),
    };
}
