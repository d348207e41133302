using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.App.Hosting.Invocation;

namespace LiveFunctions.App.Hosting.Declarations;

/// <summary>The one-line declarations that make code a function (and generate its function.json).</summary>
internal static class FunctionEndpointExtensions
{
    /// <summary>
    /// Declares the endpoint (mapped under <c>/api/</c>) as the proxied HTTP function <paramref name="functionName"/>.
    /// Several endpoints may share one function (e.g. PUT/GET/DELETE of one route): their methods are merged.
    /// </summary>
    public static TBuilder AsFunction<TBuilder>(this TBuilder builder, string functionName, AuthLevel authLevel)
        where TBuilder : IEndpointConventionBuilder
    {
        FunctionNames.ThrowIfInvalidFunctionName(functionName);
        builder.WithMetadata(new ProxiedHttpFunctionMetadata(functionName, authLevel));
        return builder;
    }

    /// <summary>
    /// Maps a timer, queue or envelope HTTP function: its <c>POST /{Name}</c> invocation endpoint, and standalone, for an
    /// envelope HTTP function, its <c>/api/{Route}</c> endpoint too.
    /// </summary>
    public static IEndpointConventionBuilder MapFunction(this IEndpointRouteBuilder endpoints, FunctionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var invocation = endpoints.MapPost("/" + definition.Name, InvocationEndpoint.HandleAsync)
            .WithMetadata(definition, new InvocationEndpointMetadata(definition.Name))
            .WithDisplayName("invoke " + definition.Name);

        var mode = endpoints.ServiceProvider.GetRequiredService<FunctionsHostingMode>();
        if (definition is HttpEnvelopeFunction http && mode.Standalone)
        {
            endpoints.MapMethods("/" + FunctionNames.RoutePrefix + "/" + http.Route, http.Methods, StandaloneHttpAdapter.HandleAsync)
                .WithMetadata(definition, new StandaloneHttpEndpointMetadata(http.Name, http.AuthLevel))
                .WithDisplayName(http.Name);
        }

        return invocation;
    }
}
