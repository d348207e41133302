using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.App.Hosting.Declarations;

namespace LiveFunctions.App.Hosting.Invocation;

/// <summary>
/// The queue messages a function emits, per output binding. Messages are JSON objects: the host base64-decodes any
/// string output that happens to be valid base64 (spec 1.8), and JSON object text never is.
/// </summary>
internal sealed class FunctionOutputs
{
    private readonly Dictionary<string, QueueOutputBinding> _bindings;
    private readonly Dictionary<string, List<JsonObject>> _messages = new(StringComparer.Ordinal);

    public FunctionOutputs(IReadOnlyList<QueueOutputBinding> bindings)
    {
        _bindings = bindings.ToDictionary(b => b.Name, StringComparer.Ordinal);
    }

    /// <summary>Adds one message (serialized with System.Text.Json; it must serialize to a JSON object) to an output binding.</summary>
    public void AddQueueMessage<T>(string bindingName, T message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!_bindings.ContainsKey(bindingName))
        {
            throw new InvalidOperationException($"The function declares no queue output named '{bindingName}'.");
        }

        var node = message as JsonNode ?? JsonSerializer.SerializeToNode(message);
        if (node is not JsonObject obj)
        {
            throw new InvalidOperationException(
                "A queue message must serialize to a JSON object: the Functions host base64-decodes plain string outputs.");
        }

        lock (_messages)
        {
            if (!_messages.TryGetValue(bindingName, out var list))
            {
                _messages[bindingName] = list = [];
            }

            list.Add(obj.DeepClone().AsObject());
        }
    }

    /// <summary>The messages per binding (bindings with none are left out).</summary>
    public IReadOnlyList<QueueOutputMessages> Snapshot()
    {
        lock (_messages)
        {
            return _messages
                .Select(pair => new QueueOutputMessages(_bindings[pair.Key], pair.Value.Select(m => m.ToJsonString()).ToArray()))
                .ToArray();
        }
    }

    /// <summary>
    /// Writes the bindings into the response's <c>Outputs</c> object: one message as the object itself, several as an
    /// array (the host sends one message per element).
    /// </summary>
    public void WriteTo(JsonObject outputs)
    {
        lock (_messages)
        {
            foreach (var (name, list) in _messages)
            {
                outputs[name] = list.Count == 1
                    ? list[0].DeepClone()
                    : new JsonArray(list.Select(m => (JsonNode)m.DeepClone()).ToArray());
            }
        }
    }
}

/// <summary>The messages (JSON object text) one function invocation emitted to one queue output binding.</summary>
internal sealed record QueueOutputMessages(QueueOutputBinding Binding, IReadOnlyList<string> Messages);
