using LiveFunctions.App.Functions.OpenApi;
using LiveFunctions.App.Hosting.Declarations;

namespace LiveFunctions.App.Functions.Http;

/// <summary>The OpenAPI description every apply route shares: its JSON body, <c>?dryRun</c>, its answers and errors.</summary>
internal static class ApplyEndpointDescription
{
    /// <summary>
    /// Declares the endpoint as the proxied HTTP function <paramref name="name"/> (authLevel function, endpoint name = the
    /// function name) and describes it for the OpenAPI document: body <typeparamref name="TBody"/>, <c>?dryRun</c>, the
    /// success body <typeparamref name="TAnswer"/> with <paramref name="successStatuses"/>, the dry-run answer and the errors.
    /// </summary>
    public static RouteHandlerBuilder AsApplyFunction<TBody, TAnswer>(
        this RouteHandlerBuilder builder, string name, string summary, string description, params int[] successStatuses)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(successStatuses);
        builder.AsFunction(name, AuthLevel.Function)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(description)
            .WithMetadata(
                new OpenApiRequestBody(typeof(TBody)),
                new OpenApiQueryParameter(DryRunQuery.Name, "boolean", "Validate only and answer what would be sent (DryRunAnswer); nothing is sent."));
        foreach (var status in successStatuses)
        {
            builder.Produces<TAnswer>(status, "application/json");
        }

        return builder
            .Produces<DryRunAnswer>(StatusCodes.Status200OK, "application/json")
            .Produces<ErrorBody>(StatusCodes.Status400BadRequest, "application/json")
            .Produces<ErrorBody>(StatusCodes.Status404NotFound, "application/json")
            .Produces<ErrorBody>(StatusCodes.Status413PayloadTooLarge, "application/json")
            .Produces<ErrorBody>(StatusCodes.Status502BadGateway, "application/json")
            .Produces<ErrorBody>(StatusCodes.Status503ServiceUnavailable, "application/json");
    }
}
