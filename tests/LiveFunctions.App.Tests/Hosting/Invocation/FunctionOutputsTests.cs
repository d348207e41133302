using System.Text.Json.Nodes;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;

namespace LiveFunctions.App.Tests.Hosting.Invocation;

public sealed class FunctionOutputsTests
{
    private static FunctionOutputs Outputs() => new([new QueueOutputBinding("work", "test-work")]);

    [Theory]
    [InlineData("test")]
    [InlineData(42)]
    public void AddQueueMessage_NotAJsonObject_IsRefusedBecauseTheHostWouldBase64DecodeIt(object message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Outputs().AddQueueMessage("work", message));
        Assert.Contains("JSON object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddQueueMessage_UndeclaredBinding_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => Outputs().AddQueueMessage("other", new { A = 1 }));
    }

    [Fact]
    public void WriteTo_OneMessage_WritesTheObjectAndSeveralWriteAnArray()
    {
        var one = Outputs();
        one.AddQueueMessage("work", new JsonObject { ["A"] = 1 });
        var several = Outputs();
        several.AddQueueMessage("work", new { A = 1 });
        several.AddQueueMessage("work", new { A = 2 });

        var oneJson = new JsonObject();
        one.WriteTo(oneJson);
        var severalJson = new JsonObject();
        several.WriteTo(severalJson);

        Assert.Equal("""{"work":{"A":1}}""", oneJson.ToJsonString());
        Assert.Equal("""{"work":[{"A":1},{"A":2}]}""", severalJson.ToJsonString());
        Assert.Equal(["""{"A":1}""", """{"A":2}"""], several.Snapshot().Single().Messages);
    }
}
