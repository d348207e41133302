using LiveFunctions.App.Functions.OpenApi;

namespace LiveFunctions.App.Functions.Http;

/// <summary>The OpenAPI description every apply route shares: its JSON body, <c>?dryRun</c>, its answers and errors.</summary>
internal static class ApplyEndpointDescription
{
    /// <summary>Describes an apply route whose body is <typeparamref name="TBody"/> and whose success body is <typeparamref name="TAnswer"/>.</summary>
    public static RouteHandlerBuilder DescribeApply<TBody, TAnswer>(this RouteHandlerBuilder builder, string summary, string description, params int[] successStatuses)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(successStatuses);
        builder.WithSummary(summary)
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
