using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Http;

namespace LiveFunctions.App.Tests.Hosting.Declarations;

public sealed class FunctionDefinitionTests
{
    private static ValueTask<HttpFunctionResponse> Ok(HttpFunctionRequest request, App.Hosting.Invocation.FunctionContext context) =>
        ValueTask.FromResult(HttpFunctionResponse.Empty(200));

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("has space")]
    [InlineData("slash/name")]
    public void TimerFunction_InvalidName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => new TimerFunction(name, "S", "0 5 * * * *", (_, _) => ValueTask.CompletedTask));
    }

    [Fact]
    public void TimerFunction_InvalidDefaultSchedule_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new TimerFunction("t", "S", "0 5 * *", (_, _) => ValueTask.CompletedTask));
        Assert.Contains("NCRONTAB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("a")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("this-queue-name-is-far-too-long-once-the-poison-suffix-is-added")]
    public void QueueFunction_InvalidQueueName_Throws(string queueName)
    {
        Assert.Throws<ArgumentException>(() => new QueueFunction("q", queueName, (_, _) => ValueTask.CompletedTask));
    }

    [Fact]
    public void QueueFunction_DuplicateOutputName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new QueueFunction("q", "in-queue", (_, _) => ValueTask.CompletedTask,
            [new QueueOutputBinding("out", "a-queue"), new QueueOutputBinding("out", "b-queue")]));
    }

    [Theory]
    [InlineData("res")]
    [InlineData("req")]
    [InlineData("with-hyphen")]
    public void QueueOutputBinding_ReservedOrInvalidName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => new QueueOutputBinding(name, "a-queue"));
    }

    [Theory]
    [InlineData("/callbacks/snapshot")]
    [InlineData("api/callbacks/snapshot")]
    public void HttpEnvelopeFunction_RouteWithPrefix_Throws(string route)
    {
        Assert.Throws<ArgumentException>(() => new HttpEnvelopeFunction("cb", route, ["POST"], AuthLevel.Function, Ok, [new QueueOutputBinding("out", "a-queue")]));
    }

    [Fact]
    public void HttpEnvelopeFunction_WithoutQueueOutputs_ThrowsBecauseItShouldBeProxied()
    {
        Assert.Throws<ArgumentException>(() => new HttpEnvelopeFunction("cb", "callbacks/x", ["POST"], AuthLevel.Function, Ok, []));
    }

    [Fact]
    public void HttpEnvelopeFunction_Methods_AreUpperCased()
    {
        var function = new HttpEnvelopeFunction("cb", "callbacks/x", ["post"], AuthLevel.Function, Ok, [new QueueOutputBinding("out", "a-queue")]);
        Assert.Equal(["POST"], function.Methods);
    }
}
