using System.Text.Json.Nodes;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Tests.OpenApi.Support;

namespace LiveFunctions.Core.Tests.OpenApi;

/// <summary>Validation before the wire, and the dry run.</summary>
public sealed class AlibabaClientValidationTests
{
    [Fact]
    public async Task SendAsync_RequestBreakingRules_SendsNothingAndReportsEveryError()
    {
        var harness = ClientHarness.Create();
        harness.EnqueueOk();

        var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync(new TestRequest(null, ["a", "b", "c", "d"])));

        Assert.Empty(harness.Stub.Requests);
        Assert.False(e.WasSent);
        Assert.Equal(400, e.StatusCode);
        Assert.Equal(0, e.Attempts);
        Assert.Equal("MissingName", e.Code);
        Assert.Equal(["MissingName", "InvalidTags.Malformed"], e.ValidationErrors.Select(v => v.Code));
        Assert.Contains("MissingName (Name)", e.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidTags.Malformed (Tags)", e.Message, StringComparison.Ordinal);
        Assert.Contains("DescribeTestThing was not sent", e.Message, StringComparison.Ordinal);
        Assert.Null(e.RequestId);
    }

    [Fact]
    public async Task SendAsync_Validation_GetsTheClockTime()
    {
        var harness = ClientHarness.Create();
        var seen = new List<DateTimeOffset>();
        harness.EnqueueOk();

        await harness.Client.SendAsync(new ClockOperation(seen), new TestRequest("x"));

        Assert.Equal([ClientHarness.Start], seen);
    }

    [Fact]
    public void Preview_ValidRequest_GivesParametersWithoutSending()
    {
        var harness = ClientHarness.Create();

        var preview = harness.Client.Preview(new TestOperation(AlibabaProduct.Ice, "UpdateThing"), new TestRequest("n", ["t1"], new JsonObject { ["A"] = 1 }));

        Assert.Empty(harness.Stub.Requests);
        Assert.Equal(AlibabaProduct.Ice, preview.Product);
        Assert.Equal("UpdateThing", preview.Action);
        Assert.Empty(preview.Errors);
        Assert.Equal(
            [new("Name", "n"), new("Tags.1", "t1"), new KeyValuePair<string, string>("Settings", """{"A":1}""")],
            preview.Parameters);
    }

    [Fact]
    public void Preview_InvalidRequest_GivesTheErrorsAndTheParameters()
    {
        var harness = ClientHarness.Create();

        var preview = harness.Client.Preview(new TestOperation(), new TestRequest(null, ["a", "b", "c", "d"]));

        Assert.Empty(harness.Stub.Requests);
        Assert.Equal(["MissingName", "InvalidTags.Malformed"], preview.Errors.Select(e => e.Code));
        Assert.Equal(4, preview.Parameters.Count);
    }

    private sealed class ClockOperation(List<DateTimeOffset> seen) : IOpenApiOperation<TestRequest, TestResponse>
    {
        private readonly TestOperation _inner = new();

        public AlibabaProduct Product => _inner.Product;

        public string Action => _inner.Action;

        public IReadOnlyList<Core.Validation.ValidationError> Validate(TestRequest request, DateTimeOffset now)
        {
            seen.Add(now);
            return _inner.Validate(request, now);
        }

        public IReadOnlyList<KeyValuePair<string, string>> ToParameters(TestRequest request) => _inner.ToParameters(request);

        public TestResponse ParseResponse(System.Text.Json.JsonElement body) => _inner.ParseResponse(body);
    }
}
