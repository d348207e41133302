using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Queues;

namespace LiveFunctions.App.Hosting.Declarations;

/// <summary>
/// Runs a queue function for one message. Throwing fails the invocation: the message stays on the queue and is
/// retried after the visibility timeout, and after <c>maxDequeueCount</c> attempts it moves to <c>{queue}-poison</c>.
/// </summary>
internal delegate ValueTask QueueHandler(QueueMessageInput message, FunctionContext context);

/// <summary>A queue-triggered function reading <see cref="QueueName"/> in the host storage.</summary>
internal sealed class QueueFunction : FunctionDefinition
{
    public QueueFunction(string name, string queueName, QueueHandler handler, IReadOnlyList<QueueOutputBinding>? queueOutputs = null)
        : base(name, queueOutputs)
    {
        FunctionNames.ThrowIfInvalidQueueName(queueName);
        ArgumentNullException.ThrowIfNull(handler);
        QueueName = queueName;
        Handler = handler;
    }

    /// <summary>The trigger binding name.</summary>
    public const string BindingName = "message";

    /// <inheritdoc />
    public override string TriggerName => BindingName;

    /// <summary>The queue the trigger reads.</summary>
    public string QueueName { get; }

    /// <summary>The function's code.</summary>
    public QueueHandler Handler { get; }
}
