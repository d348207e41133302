using Microsoft.AspNetCore.Routing.Patterns;

namespace LiveFunctions.App.Hosting.Declarations;

/// <summary>
/// Every function of the app, collected from the mapped endpoints: envelope-invoked definitions (timer, queue,
/// envelope HTTP) and proxied HTTP functions. It is read once, after all functions are mapped (the scheduler, the
/// queue listener and <c>--emit-functions</c> use it).
/// </summary>
internal sealed class FunctionCatalog
{
    private readonly Lock _gate = new();
    private IEndpointRouteBuilder? _endpoints;
    private Snapshot? _snapshot;

    /// <summary>Timer, queue and envelope HTTP functions.</summary>
    public IReadOnlyList<FunctionDefinition> Definitions => Read().Definitions;

    /// <summary>Proxied HTTP functions.</summary>
    public IReadOnlyList<ProxiedHttpFunction> ProxiedHttp => Read().ProxiedHttp;

    /// <summary>Every function name, sorted.</summary>
    public IReadOnlyList<string> Names =>
        Definitions.Select(d => d.Name).Concat(ProxiedHttp.Select(p => p.Name)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The timer functions.</summary>
    public IEnumerable<TimerFunction> Timers => Definitions.OfType<TimerFunction>();

    /// <summary>The queue functions.</summary>
    public IEnumerable<QueueFunction> QueueFunctions => Definitions.OfType<QueueFunction>();

    /// <summary>Connects the catalog to the app whose endpoints declare the functions (done by UseFunctionsHosting).</summary>
    public void Attach(IEndpointRouteBuilder endpoints)
    {
        lock (_gate)
        {
            _endpoints = endpoints;
            _snapshot = null;
        }
    }

    private Snapshot Read()
    {
        lock (_gate)
        {
            if (_snapshot is not null)
            {
                return _snapshot;
            }

            var endpoints = _endpoints ?? throw new InvalidOperationException("The function catalog is not attached: call app.UseFunctionsHosting().");
            var all = endpoints.DataSources.SelectMany(s => s.Endpoints).ToArray();
            return _snapshot = Build(all);
        }
    }

    /// <summary>Collects and checks the functions declared by <paramref name="endpoints"/>.</summary>
    public static Snapshot Build(IReadOnlyList<Endpoint> endpoints)
    {
        var definitions = endpoints
            .Where(e => e.Metadata.GetMetadata<InvocationEndpointMetadata>() is not null)
            .Select(e => e.Metadata.GetMetadata<FunctionDefinition>()!)
            .ToArray();

        var proxied = endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Function: e.Metadata.GetMetadata<ProxiedHttpFunctionMetadata>()))
            .Where(x => x.Function is not null)
            .GroupBy(x => x.Function!.FunctionName, StringComparer.Ordinal)
            .Select(g => Merge(g.Key, g.Select(x => (x.Endpoint, x.Function!)).ToArray()))
            .ToArray();

        var duplicate = definitions.Select(d => d.Name).Concat(proxied.Select(p => p.Name))
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"The function name '{duplicate.Key}' is declared more than once.");
        }

        return new Snapshot(definitions, proxied);
    }

    private static ProxiedHttpFunction Merge(string name, IReadOnlyList<(RouteEndpoint Endpoint, ProxiedHttpFunctionMetadata Function)> parts)
    {
        var routes = parts.Select(p => FunctionRoute(name, p.Endpoint.RoutePattern)).Distinct(StringComparer.Ordinal).ToArray();
        if (routes.Length > 1)
        {
            throw new InvalidOperationException($"Function '{name}' is declared on different routes ({string.Join(", ", routes)}); one function has one route.");
        }

        var levels = parts.Select(p => p.Function.AuthLevel).Distinct().ToArray();
        if (levels.Length > 1)
        {
            throw new InvalidOperationException($"Function '{name}' is declared with different auth levels.");
        }

        // An endpoint without method metadata accepts every method, and so does the function then.
        var methodSets = parts.Select(p => p.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods).ToArray();
        IReadOnlyList<string>? methods = methodSets.Any(m => m is null)
            ? null
            : methodSets.SelectMany(m => m!).Select(m => m.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToArray();

        return new ProxiedHttpFunction(name, routes[0], methods, levels[0]);
    }

    /// <summary>The function.json route: the endpoint's pattern without the leading <c>/api/</c>.</summary>
    private static string FunctionRoute(string name, RoutePattern pattern)
    {
        var raw = (pattern.RawText ?? string.Empty).TrimStart('/');
        var prefix = FunctionNames.RoutePrefix + "/";
        if (!raw.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || raw.Length == prefix.Length)
        {
            throw new InvalidOperationException($"Function '{name}' is mapped at '/{raw}'; proxied HTTP functions live under /{prefix}.");
        }

        return raw[prefix.Length..];
    }

    /// <summary>The functions found on the endpoints.</summary>
    internal sealed record Snapshot(IReadOnlyList<FunctionDefinition> Definitions, IReadOnlyList<ProxiedHttpFunction> ProxiedHttp);
}
