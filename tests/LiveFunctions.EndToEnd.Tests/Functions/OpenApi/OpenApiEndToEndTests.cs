using System.Net;
using System.Text.Json;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.EndToEnd.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LiveFunctions.EndToEnd.Tests.Functions.OpenApi;

[Collection(PackCollection.Name)]
public sealed class OpenApiEndToEndTests(PackFixture pack)
{
    [Fact]
    public async Task Get_TheDeployedApp_ListsEveryHttpFunctionItDeclares()
    {
        using var response = await pack.App.Client.GetAsync(new Uri("/api/openapi.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");

        // From the app's own declarations, so functions added to Program later are checked too.
        var catalog = pack.App.Services.GetRequiredService<FunctionCatalog>();
        var declared = catalog.ProxiedHttp.SelectMany(f => (f.Methods ?? ["GET"]).Select(m => (Path: "/api/" + f.Route, Method: m)))
            .Concat(catalog.Definitions.OfType<HttpEnvelopeFunction>().SelectMany(f => f.Methods.Select(m => (Path: "/api/" + f.Route, Method: m))))
            .ToArray();
        Assert.Contains(("/api/domains/{DomainName}/apps/{AppName}/record-config", "PUT"), declared);
        Assert.Contains(("/api/transcode-jobs/{JobId}", "PATCH"), declared);
        foreach (var (path, method) in declared)
        {
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method.ToLowerInvariant(), out _), $"{method} {path} is missing from the document");
        }
    }
}
