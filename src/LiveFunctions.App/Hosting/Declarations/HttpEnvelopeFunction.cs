using LiveFunctions.App.Hosting.Http;
using LiveFunctions.App.Hosting.Invocation;

namespace LiveFunctions.App.Hosting.Declarations;

/// <summary>Handles one HTTP request of an envelope HTTP function; queue messages go to <c>context.Outputs</c>.</summary>
internal delegate ValueTask<HttpFunctionResponse> HttpEnvelopeHandler(HttpFunctionRequest request, FunctionContext context);

/// <summary>
/// An HTTP function that also has queue outputs, so the host does NOT proxy it: it sends the request inside the
/// envelope (<c>Data.req</c>) and expects <c>Outputs.res</c> plus the queue outputs back. Standalone, the same code
/// serves <c>/api/{Route}</c> directly and its queue outputs are written through <c>IQueueOutputWriter</c>.
/// </summary>
internal sealed class HttpEnvelopeFunction : FunctionDefinition
{
    public HttpEnvelopeFunction(
        string name, string route, IReadOnlyList<string> methods, AuthLevel authLevel, HttpEnvelopeHandler handler,
        IReadOnlyList<QueueOutputBinding> queueOutputs)
        : base(name, queueOutputs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(handler);
        if (route.StartsWith('/') || route.StartsWith(FunctionNames.RoutePrefix + "/", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The route '{route}' is relative to /{FunctionNames.RoutePrefix}/: leave out the leading '/' and the prefix.", nameof(route));
        }

        if (methods.Count == 0)
        {
            throw new ArgumentException("At least one HTTP method is required.", nameof(methods));
        }

        if (QueueOutputs.Count == 0)
        {
            throw new ArgumentException("An envelope HTTP function has queue outputs; without them, make it a proxied endpoint (.AsFunction).", nameof(queueOutputs));
        }

        Route = route;
        Methods = methods.Select(m => m.ToUpperInvariant()).ToArray();
        AuthLevel = authLevel;
        Handler = handler;
    }

    /// <summary>The trigger binding name.</summary>
    public const string BindingName = "req";

    /// <summary>The HTTP output binding name.</summary>
    public const string ResponseBindingName = "res";

    /// <inheritdoc />
    public override string TriggerName => BindingName;

    /// <summary>The route below <c>/api/</c>, e.g. <c>callbacks/snapshot</c>.</summary>
    public string Route { get; }

    /// <summary>The HTTP methods, upper case.</summary>
    public IReadOnlyList<string> Methods { get; }

    /// <summary>The key the caller must present.</summary>
    public AuthLevel AuthLevel { get; }

    /// <summary>The function's code.</summary>
    public HttpEnvelopeHandler Handler { get; }
}
