using System.Text.Encodings.Web;
using System.Text.Json;
using LiveFunctions.App.Hosting.Declarations;

namespace LiveFunctions.App.Functions.OpenApi;

/// <summary><c>GET /api/openapi.json</c> (anonymous): the OpenAPI document of every HTTP route of the app, built from the mapped endpoints.</summary>
internal static class OpenApiFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "openapi";

    /// <summary>The route.</summary>
    public const string Route = "/api/openapi.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Maps the route as the proxied HTTP function.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, Handle)
            .AsFunction(Name, AuthLevel.Anonymous)
            .WithName(Name)
            .WithSummary("This OpenAPI document")
            .WithDescription("Lists every HTTP function of the app with its body schema, query parameters and answers.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

    private static IResult Handle(EndpointDataSource endpoints, FunctionCatalog catalog) =>
        Results.Text(OpenApiDocumentBuilder.Build(endpoints.Endpoints, catalog.Definitions).ToJsonString(Indented), "application/json; charset=utf-8");
}
