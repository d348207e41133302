namespace LiveFunctions.App.Hosting.Declarations;

/// <summary>
/// A function that the host invokes with a JSON envelope (<c>POST /{Name}</c>): a timer, a queue function or an
/// envelope HTTP function. Its function.json is generated from this declaration. (Proxied HTTP functions are plain
/// endpoints marked with <see cref="FunctionEndpointExtensions.AsFunction{TBuilder}"/> instead.)
/// </summary>
internal abstract class FunctionDefinition
{
    protected FunctionDefinition(string name, IReadOnlyList<QueueOutputBinding>? queueOutputs)
    {
        FunctionNames.ThrowIfInvalidFunctionName(name);
        Name = name;
        QueueOutputs = queueOutputs ?? [];
        var duplicate = QueueOutputs.GroupBy(o => o.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Function '{name}' declares the output '{duplicate.Key}' twice.", nameof(queueOutputs));
        }
    }

    /// <summary>The function name: the function.json folder and the invocation path.</summary>
    public string Name { get; }

    /// <summary>The queue output bindings the function may fill.</summary>
    public IReadOnlyList<QueueOutputBinding> QueueOutputs { get; }

    /// <summary>The name of the trigger binding: the key under the envelope's <c>Data</c>.</summary>
    public abstract string TriggerName { get; }
}
