using System.Text.Json;
using LiveFunctions.App.Hosting.Declarations;

namespace LiveFunctions.App.Hosting.Invocation;

/// <summary>
/// <c>POST /{FunctionName}</c>: the host's invocation of a timer, queue or envelope HTTP function. The body is the
/// envelope; the answer is always <c>application/json</c> with Outputs, Logs and ReturnValue (never an empty body:
/// the host would wait for it until the function timeout).
/// </summary>
internal static class InvocationEndpoint
{
    /// <summary>The header the host sends the invocation id in.</summary>
    public const string InvocationIdHeader = "X-Azure-Functions-InvocationId";

    public static async Task HandleAsync(HttpContext context)
    {
        var definition = context.GetEndpoint()?.Metadata.GetMetadata<FunctionDefinition>()
            ?? throw new InvalidOperationException("The invocation endpoint has no function definition.");
        var dispatcher = context.RequestServices.GetRequiredService<FunctionDispatcher>();
        var invocationId = context.Request.Headers[InvocationIdHeader].ToString();

        JsonDocument envelope;
        try
        {
            envelope = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        }
        catch (JsonException)
        {
            await WriteAsync(context, InvocationResponse.Create(StatusCodes.Status400BadRequest, null, [$"{definition.Name}: the invocation body is not JSON"]));
            return;
        }

        using (envelope)
        {
            var response = await dispatcher.DispatchAsync(definition, envelope.RootElement, invocationId, context.RequestAborted);
            await WriteAsync(context, response);
        }
    }

    private static Task WriteAsync(HttpContext context, InvocationResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(response.Body.ToJsonString(), context.RequestAborted);
    }
}
