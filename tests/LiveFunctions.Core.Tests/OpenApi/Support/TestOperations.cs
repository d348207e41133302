using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.OpenApi.Support;

/// <summary>A request of the test-only operation: a scalar, a list parameter and a JSON parameter.</summary>
internal sealed record TestRequest(string? Name, IReadOnlyList<string?>? Tags = null, JsonObject? Settings = null);

/// <summary>The answer of the test-only operation.</summary>
internal sealed record TestResponse(string RequestId, string? Value);

/// <summary>
/// A tiny operation defined by the tests, so the client is tested without the real operation folders: <c>Name</c> is
/// required, at most three <c>Tags</c> (sent as <c>Tags.N</c>), <c>Settings</c> sent as one JSON string.
/// </summary>
internal sealed class TestOperation(AlibabaProduct product = AlibabaProduct.Live, string action = "DescribeTestThing")
    : IOpenApiOperation<TestRequest, TestResponse>
{
    public AlibabaProduct Product => product;

    public string Action => action;

    public IReadOnlyList<ValidationError> Validate(TestRequest request, DateTimeOffset now)
    {
        var errors = new List<ValidationError>();
        if (ValidationRules.IsMissing(request.Name))
        {
            errors.Add(ValidationRules.Missing("Name"));
        }

        if (request.Tags is { Count: > 3 })
        {
            errors.Add(ValidationRules.Malformed("Tags", "at most 3 tags"));
        }

        return errors;
    }

    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(TestRequest request) =>
        new WireParameters()
            .Add("Name", request.Name)
            .AddList("Tags", request.Tags)
            .AddJson("Settings", request.Settings)
            .ToList();

    // GetProperty throws KeyNotFoundException for a missing RequestId: an answer the operation cannot read.
    public TestResponse ParseResponse(JsonElement body) =>
        new(body.GetProperty("RequestId").GetString()!, body.TryGetProperty("Value", out var value) ? value.GetString() : null);
}

/// <summary>An operation whose request is its wire parameters as given: for the whole-request signature vectors.</summary>
internal sealed class RawOperation(AlibabaProduct product, string action)
    : IOpenApiOperation<IReadOnlyList<KeyValuePair<string, string>>, JsonElement>
{
    public AlibabaProduct Product => product;

    public string Action => action;

    public IReadOnlyList<ValidationError> Validate(IReadOnlyList<KeyValuePair<string, string>> request, DateTimeOffset now) => [];

    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(IReadOnlyList<KeyValuePair<string, string>> request) => request;

    public JsonElement ParseResponse(JsonElement body) => body;
}
