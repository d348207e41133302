namespace LiveFunctions.App.Hosting.Declarations;

/// <summary>Endpoint metadata naming the function an endpoint belongs to and the key it requires (standalone).</summary>
internal interface IFunctionEndpointMetadata
{
    string FunctionName { get; }

    AuthLevel AuthLevel { get; }
}

/// <summary>
/// Marks a plain ASP.NET endpoint under <c>/api/</c> as (part of) a proxied HTTP function: exactly one httpTrigger and
/// one http output, so the host proxies the original request to the same path. Route and methods come from the endpoint.
/// </summary>
internal sealed record ProxiedHttpFunctionMetadata(string FunctionName, AuthLevel AuthLevel) : IFunctionEndpointMetadata;

/// <summary>The <c>POST /{FunctionName}</c> endpoint the host invokes with an envelope (standalone: key required when configured).</summary>
internal sealed record InvocationEndpointMetadata(string FunctionName) : IFunctionEndpointMetadata
{
    public AuthLevel AuthLevel => AuthLevel.Admin;
}

/// <summary>The standalone <c>/api/{route}</c> endpoint of an envelope HTTP function.</summary>
internal sealed record StandaloneHttpEndpointMetadata(string FunctionName, AuthLevel AuthLevel) : IFunctionEndpointMetadata;
