namespace LiveFunctions.App.Hosting.Invocation;

/// <summary>
/// What a timer, queue or envelope-HTTP function gets besides its trigger input: who it is, the invocation id, the
/// outputs to fill, request services and cancellation. It is the same whether the Functions host or the standalone
/// trigger sources called the function.
/// </summary>
internal sealed class FunctionContext
{
    private readonly List<string> _logs = [];

    public FunctionContext(
        string functionName, string invocationId, FunctionOutputs outputs, IServiceProvider services, CancellationToken cancellationToken)
    {
        FunctionName = functionName;
        InvocationId = invocationId;
        Outputs = outputs;
        Services = services;
        CancellationToken = cancellationToken;
    }

    /// <summary>The function name (its function.json folder).</summary>
    public string FunctionName { get; }

    /// <summary>The host's invocation id (<c>X-Azure-Functions-InvocationId</c>) or, standalone, a new one.</summary>
    public string InvocationId { get; }

    /// <summary>The function's output bindings (queue messages) to fill.</summary>
    public FunctionOutputs Outputs { get; }

    /// <summary>The request's service provider.</summary>
    public IServiceProvider Services { get; }

    /// <summary>Cancelled when the host shuts down or the invocation times out.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The lines added with <see cref="Log"/>, returned to the host in <c>Logs</c>.</summary>
    public IReadOnlyList<string> Logs
    {
        get
        {
            lock (_logs)
            {
                return [.. _logs];
            }
        }
    }

    /// <summary>
    /// Adds a line to the invocation's <c>Logs</c> (the host writes it to the invocation log). Never pass a secret.
    /// Structured logs belong in [LoggerMessage] methods; this is for the per-invocation trail the host shows.
    /// </summary>
    public void Log(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_logs)
        {
            _logs.Add(message);
        }
    }
}
