using System.Security.Cryptography;
using System.Text;
using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Declarations;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Hosting.Keys;

/// <summary>
/// Standalone function keys: when <c>Standalone:FunctionKey</c> is set, endpoints of functions with authLevel
/// function or admin (and the <c>POST /{FunctionName}</c> invocation endpoints) require it in the
/// <c>x-functions-key</c> header or the <c>code</c> query parameter, like the host; 401 otherwise. Anonymous functions
/// and <c>GET /</c> are open. Under the Functions host the host checks keys before the request gets here, so this
/// does nothing there.
/// </summary>
internal sealed class FunctionKeyMiddleware(RequestDelegate next, FunctionsHostingMode mode, IOptions<StandaloneOptions> options, ILogger<FunctionKeyMiddleware> logger)
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = "code";

    private readonly byte[]? _key = mode.Standalone && !string.IsNullOrEmpty(options.Value.FunctionKey)
        ? Encoding.UTF8.GetBytes(options.Value.FunctionKey)
        : null;

    public Task InvokeAsync(HttpContext context)
    {
        if (_key is null
            || context.GetEndpoint()?.Metadata.GetMetadata<IFunctionEndpointMetadata>() is not { } function
            || function.AuthLevel == AuthLevel.Anonymous
            || Presents(context.Request, _key))
        {
            return next(context);
        }

        HostingLog.FunctionKeyRejected(logger, function.FunctionName);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    private static bool Presents(HttpRequest request, byte[] key)
    {
        var given = request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(given))
        {
            given = request.Query[QueryName].ToString();
        }

        return given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), key);
    }
}
