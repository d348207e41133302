using System.Net;
using System.Text.Json;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.App.Tests.Functions.Support;
using static LiveFunctions.App.Tests.Functions.Support.FunctionsApp;

namespace LiveFunctions.App.Tests.Functions.OpenApi;

public sealed class OpenApiFunctionTests
{
    private static void MapLaterFunctions(WebApplication app)
    {
        // What other function groups add later: a proxied endpoint with several methods, one without a typed handler,
        // an envelope HTTP function, and a plain endpoint that is not a function.
        app.MapGet("/api/transcode-jobs/{JobId}/schedule", (string jobId) => Results.Ok(jobId)).AsFunction("transcode-schedule", AuthLevel.Function);
        app.MapDelete("/api/transcode-jobs/{JobId}/schedule", (string jobId) => Results.NoContent()).AsFunction("transcode-schedule", AuthLevel.Function);
        app.MapGet("/api/rate-limits", (HttpContext context) => context.Response.WriteAsync("[]")).AsFunction("rate-limits", AuthLevel.Admin);
        app.MapFunction(new HttpEnvelopeFunction(
            "snapshot-callback", "callbacks/snapshot", ["POST"], AuthLevel.Function,
            (_, _) => ValueTask.FromResult(HttpFunctionResponse.Empty(200)), [new QueueOutputBinding("callbacks", "snapshot-callbacks")]));
        app.MapGet("/api/not-a-function", () => "x");
    }

    private static async Task<JsonElement> DocumentAsync(FunctionsApp app)
    {
        using var response = await app.Client.GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Get_AppRoutes_EveryFunctionRouteWithItsMethods()
    {
        await using var app = await StartAsync(map: MapLaterFunctions);

        var document = await DocumentAsync(app);

        Assert.Equal("3.1.0", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths");
        var routes = paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(
            new[]
            {
                "DELETE /api/transcode-jobs/{JobId}/schedule",
                "GET /api/openapi.json",
                "GET /api/rate-limits",
                "GET /api/transcode-jobs/{JobId}/schedule",
                "PATCH /api/transcode-jobs/{JobId}",
                "POST /api/callbacks/snapshot",
                "POST /api/domains/{DomainName}/apps/{AppName}/streams/{StreamName}/record-index-files",
                "PUT /api/domains/{DomainName}/apps/{AppName}/record-config",
                "PUT /api/domains/{DomainName}/apps/{AppName}/snapshot-config",
                "PUT /api/domains/{DomainName}/apps/{AppName}/vod-record-config",
            },
            routes);
    }

    [Fact]
    public async Task Get_ApplyRoute_BodyDryRunAndAnswersDescribed()
    {
        await using var app = await StartAsync();

        var document = await DocumentAsync(app);

        var put = document.GetProperty("paths").GetProperty("/api/domains/{DomainName}/apps/{AppName}/record-config").GetProperty("put");
        Assert.Equal("record-config", put.GetProperty("operationId").GetString());
        var parameters = put.GetProperty("parameters").EnumerateArray().Select(p => $"{p.GetProperty("in").GetString()}:{p.GetProperty("name").GetString()}").ToArray();
        Assert.Equal(new[] { "path:DomainName", "path:AppName", "query:dryRun" }, parameters);
        Assert.Equal(
            "#/components/schemas/AddLiveAppRecordConfigRequest",
            put.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var statuses = put.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToArray();
        Assert.Equal(new[] { "200", "201", "400", "404", "413", "502", "503" }, statuses);
        var body = document.GetProperty("components").GetProperty("schemas").GetProperty("AddLiveAppRecordConfigRequest");
        Assert.False(body.GetProperty("additionalProperties").GetBoolean());
        Assert.True(body.GetProperty("properties").TryGetProperty("OssBucket", out _));
        var error = document.GetProperty("components").GetProperty("schemas").GetProperty("ErrorBody").GetProperty("properties");
        Assert.Equal(new[] { "Code", "Message", "RequestId" }, error.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public async Task Get_EveryReference_ResolvesInTheDocument()
    {
        await using var app = await StartAsync(map: MapLaterFunctions);

        var document = await DocumentAsync(app);

        var references = new List<string>();
        Collect(document, references);
        Assert.Contains("#/components/schemas/AddLiveAppRecordConfigRequest/properties/RecordFormat/items", references);
        foreach (var reference in references)
        {
            var node = document;
            foreach (var token in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(node.TryGetProperty(token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal), out node), $"{reference} does not resolve");
            }
        }
    }

    [Fact]
    public async Task Get_KeyRequirements_FromEachFunctionsAuthLevel()
    {
        await using var app = await StartAsync(map: MapLaterFunctions);

        var document = await DocumentAsync(app);

        var paths = document.GetProperty("paths");
        Assert.Equal(0, paths.GetProperty("/api/openapi.json").GetProperty("get").GetProperty("security").GetArrayLength());
        var security = paths.GetProperty("/api/callbacks/snapshot").GetProperty("post").GetProperty("security");
        Assert.Equal(new[] { "functionKey", "functionKeyQuery" }, security.EnumerateArray().Select(s => s.EnumerateObject().Single().Name).ToArray());
        Assert.Equal("x-functions-key", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("functionKey").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_StandaloneFunctionKeySet_DocumentIsAnonymousButRoutesAreNot()
    {
        var settings = new Dictionary<string, string?> { ["Standalone:FunctionKey"] = "standalone-key-0123456789" };
        await using var app = await StartAsync(settings: settings);

        using var document = await app.Client.GetAsync("/api/openapi.json");
        var (route, _) = await app.SendAsync(HttpMethod.Put, "/api/domains/d.example.com/apps/a/snapshot-config", "{}");

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, route.StatusCode);
        Assert.Empty(app.Alibaba.Requests);
    }

    private static void Collect(JsonElement element, List<string> references)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "$ref")
                    {
                        references.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value, references);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, references);
                }

                break;
        }
    }
}
