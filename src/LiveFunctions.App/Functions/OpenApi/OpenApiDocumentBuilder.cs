using System.Text.Json.Nodes;
using LiveFunctions.App.Hosting.Declarations;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.WebUtilities;

namespace LiveFunctions.App.Functions.OpenApi;

/// <summary>
/// Builds the OpenAPI 3.1 document of the app's HTTP routes from what is mapped, not from a list: every endpoint
/// declared as a proxied HTTP function (<c>.AsFunction</c>) with its methods, route parameters, summary, description,
/// body (<see cref="OpenApiRequestBody"/> or <c>.Accepts&lt;T&gt;()</c>), query parameters
/// (<see cref="OpenApiQueryParameter"/>) and answers (<c>.Produces&lt;T&gt;()</c>), and every envelope HTTP function of
/// the catalog. Endpoints that are not functions (the readiness probe, the host's <c>POST /{FunctionName}</c>
/// invocations) are not routes of the Function App and are left out.
/// </summary>
internal static class OpenApiDocumentBuilder
{
    /// <summary>The version of the document's API.</summary>
    public const string ApiVersion = "1.0.0";

    private static readonly string[] AnyMethod = ["GET", "PUT", "POST", "PATCH", "DELETE"];
    private static readonly string[] MethodOrder = ["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    /// <summary>The document for these endpoints and function declarations.</summary>
    public static JsonObject Build(IEnumerable<Endpoint> endpoints, IEnumerable<FunctionDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(definitions);
        var schemas = new OpenApiSchemas();
        var operations = new List<(string Path, string Method, JsonObject Operation)>();
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ProxiedHttpFunctionMetadata>() is not { } function)
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } declared ? declared : AnyMethod;
            foreach (var method in methods)
            {
                operations.Add((PathOf(endpoint.RoutePattern), method.ToUpperInvariant(), Operation(function.FunctionName, function.AuthLevel, endpoint.RoutePattern, endpoint.Metadata, schemas)));
            }
        }

        foreach (var envelope in definitions.OfType<HttpEnvelopeFunction>())
        {
            var pattern = RoutePatternFactory.Parse("/" + FunctionNames.RoutePrefix + "/" + envelope.Route);
            foreach (var method in envelope.Methods)
            {
                operations.Add((PathOf(pattern), method, Operation(envelope.Name, envelope.AuthLevel, pattern, EndpointMetadataCollection.Empty, schemas)));
            }
        }

        var paths = new JsonObject();
        foreach (var group in operations.GroupBy(o => o.Path, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var item = new JsonObject();
            foreach (var (_, method, operation) in group.OrderBy(o => Array.IndexOf(MethodOrder, o.Method)))
            {
                // Two functions on one path and method cannot both be served; the first declared is listed.
                item.TryAdd(method.ToLowerInvariant(), operation);
            }

            paths[group.Key] = item;
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "LiveFunctions",
                ["version"] = ApiVersion,
                ["description"] = "The HTTP functions of the LiveFunctions Function App. Bodies use the Alibaba API documents' parameter "
                    + "names exactly (case-sensitive); errors are {\"Code\",\"Message\",\"RequestId\"}; ?dryRun=true validates and sends nothing.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas.Components,
                ["securitySchemes"] = new JsonObject
                {
                    ["functionKey"] = ApiKey("header", "x-functions-key"),
                    ["functionKeyQuery"] = ApiKey("query", "code"),
                },
            },
        };
    }

    /// <summary>The OpenAPI path of a route pattern: literals and <c>{Name}</c> (constraints, defaults and <c>**</c> dropped).</summary>
    public static string PathOf(RoutePattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            _ => string.Empty,
        })));
        return "/" + string.Join('/', segments);
    }

    private static JsonObject Operation(string function, AuthLevel authLevel, RoutePattern pattern, EndpointMetadataCollection metadata, OpenApiSchemas schemas)
    {
        var operation = new JsonObject
        {
            ["operationId"] = metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? function,
            ["tags"] = new JsonArray(function),
        };
        if (metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary is { } summary)
        {
            operation["summary"] = summary;
        }

        if (metadata.GetMetadata<IEndpointDescriptionMetadata>()?.Description is { } description)
        {
            operation["description"] = description;
        }

        var parameters = new JsonArray();
        foreach (var parameter in pattern.Parameters)
        {
            parameters.Add(new JsonObject { ["name"] = parameter.Name, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
        }

        foreach (var query in metadata.GetOrderedMetadata<OpenApiQueryParameter>())
        {
            parameters.Add(new JsonObject { ["name"] = query.Name, ["in"] = "query", ["required"] = false, ["description"] = query.Description, ["schema"] = new JsonObject { ["type"] = query.Type } });
        }

        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }

        var bodyType = metadata.GetMetadata<OpenApiRequestBody>()?.Type ?? metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        if (bodyType is not null)
        {
            operation["requestBody"] = new JsonObject { ["content"] = Content("application/json", schemas.Reference(bodyType)) };
        }

        operation["responses"] = Responses(metadata, schemas);
        operation["security"] = authLevel == AuthLevel.Anonymous
            ? new JsonArray()
            : new JsonArray(new JsonObject { ["functionKey"] = new JsonArray() }, new JsonObject { ["functionKeyQuery"] = new JsonArray() });
        return operation;
    }

    private static JsonObject Responses(EndpointMetadataCollection metadata, OpenApiSchemas schemas)
    {
        var responses = new JsonObject();
        var declared = metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>();
        if (declared.Count == 0)
        {
            responses["default"] = new JsonObject { ["description"] = "The function's answer." };
            return responses;
        }

        foreach (var group in declared.GroupBy(p => p.StatusCode).OrderBy(g => g.Key))
        {
            var response = new JsonObject { ["description"] = ReasonPhrases.GetReasonPhrase(group.Key) };
            var types = group.Select(p => p.Type).Where(t => t is not null && t != typeof(void)).Distinct().ToArray();
            if (types.Length > 0)
            {
                var contentType = group.SelectMany(p => p.ContentTypes).FirstOrDefault() ?? "application/json";
                JsonNode schema = types.Length == 1
                    ? schemas.Reference(types[0]!)
                    : new JsonObject { ["oneOf"] = new JsonArray(types.Select(t => (JsonNode)schemas.Reference(t!)).ToArray()) };
                response["content"] = Content(contentType, schema);
            }

            responses[group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)] = response;
        }

        return responses;
    }

    private static JsonObject Content(string contentType, JsonNode schema) =>
        new() { [contentType] = new JsonObject { ["schema"] = schema } };

    private static JsonObject ApiKey(string location, string name) =>
        new() { ["type"] = "apiKey", ["in"] = location, ["name"] = name, ["description"] = "A function key (authLevel function)." };
}
