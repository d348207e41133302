using System.Text.Json.Nodes;

namespace LiveFunctions.Emulator.Simulation.Snapshots;

/// <summary>
/// Renders the snapshot callback body from the configured template: string values that are exactly a placeholder
/// (<c>$event</c>, <c>$domain</c>, <c>$app</c>, <c>$stream</c>, <c>$OssEndpoint</c>, <c>$OssBucket</c>,
/// <c>$OssObject</c>, <c>$time</c>) are replaced, <c>$time</c> by a number; everything else is kept.
/// </summary>
internal static class CallbackBody
{
    /// <summary>The event name of a snapshot callback.</summary>
    public const string SnapshotEvent = "live_snapshot";

    /// <summary>The body of the callback for one snapshot.</summary>
    public static JsonObject Render(string template, bool lowerCaseKeys, SnapshotRecord snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var values = new Dictionary<string, JsonNode>(StringComparer.Ordinal)
        {
            ["$event"] = SnapshotEvent,
            ["$domain"] = snapshot.DomainName,
            ["$app"] = snapshot.AppName,
            ["$stream"] = snapshot.StreamName,
            ["$OssEndpoint"] = snapshot.OssEndpoint,
            ["$OssBucket"] = snapshot.OssBucket,
            ["$OssObject"] = snapshot.OssObject,
            ["$time"] = snapshot.CreateTime.ToUnixTimeSeconds(),
        };
        var body = JsonNode.Parse(template)!.AsObject();
        return (JsonObject)Fill(body, values, lowerCaseKeys)!;
    }

    private static JsonNode? Fill(JsonNode? node, Dictionary<string, JsonNode> values, bool lowerCaseKeys)
    {
        switch (node)
        {
            case JsonObject obj:
                var filled = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    filled[lowerCaseKeys ? name.ToLowerInvariant() : name] = Fill(value, values, lowerCaseKeys);
                }

                return filled;
            case JsonArray array:
                return new JsonArray(array.Select(item => Fill(item, values, lowerCaseKeys)).ToArray());
            case JsonValue value when value.TryGetValue<string>(out var text) && values.TryGetValue(text, out var replacement):
                return replacement.DeepClone();
            default:
                return node?.DeepClone();
        }
    }
}
