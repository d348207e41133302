namespace LiveFunctions.App.Hosting.Declarations;

/// <summary>
/// A queue output binding: messages a function adds under <see cref="Name"/> go to the queue <see cref="QueueName"/>
/// in the host's storage (<c>AzureWebJobsStorage</c>).
/// </summary>
internal sealed record QueueOutputBinding
{
    public QueueOutputBinding(string name, string queueName)
    {
        FunctionNames.ThrowIfInvalidBindingName(name);
        FunctionNames.ThrowIfInvalidQueueName(queueName);
        Name = name;
        QueueName = queueName;
    }

    /// <summary>The binding name: the key under <c>Outputs</c> in the invocation response.</summary>
    public string Name { get; }

    /// <summary>The storage queue the messages go to.</summary>
    public string QueueName { get; }
}
