using System.Text.Json;
using System.Text.Json.Nodes;

namespace LiveFunctions.App.Hosting.Invocation;

/// <summary>Builds envelopes in the host's shape for the standalone trigger sources.</summary>
internal static class EnvelopeBuilder
{
    /// <summary><c>{"Data":{…},"Metadata":{…,"sys":{MethodName,UtcNow,RandGuid}}}</c> as a parsed element.</summary>
    public static JsonElement Build(string functionName, DateTimeOffset utcNow, JsonObject data, JsonObject? metadata = null)
    {
        metadata ??= [];
        metadata["sys"] = new JsonObject
        {
            ["MethodName"] = functionName,
            ["UtcNow"] = utcNow,
            ["RandGuid"] = Guid.NewGuid().ToString(),
        };

        var envelope = new JsonObject { ["Data"] = data, ["Metadata"] = metadata };
        return JsonSerializer.SerializeToElement(envelope);
    }
}
