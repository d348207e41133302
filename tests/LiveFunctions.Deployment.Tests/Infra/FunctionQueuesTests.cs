namespace LiveFunctions.Deployment.Tests.Infra;

public sealed class FunctionQueuesTests
{
    [Fact]
    public void Parse_TriggerAndOutputBindings_ReturnsBothQueues()
    {
        const string json = """
            { "bindings": [
                { "type": "queueTrigger", "direction": "in", "name": "item", "queueName": "index-work" },
                { "type": "queue", "direction": "out", "name": "next", "queueName": "transcode-work" },
                { "type": "http", "direction": "out", "name": "res" } ] }
            """;

        var queues = FunctionQueues.Parse("index-execute", json).ToArray();

        Assert.Equal(
            [new FunctionQueue("index-execute", "index-work", true), new FunctionQueue("index-execute", "transcode-work", false)],
            queues);
    }

    [Fact]
    public void Required_Trigger_AddsPoisonQueue()
    {
        var required = FunctionQueues.Required(
            [new FunctionQueue("a", "index-work", true), new FunctionQueue("b", "snapshot-callbacks", false)]);

        Assert.Equal(["index-work", "index-work-poison", "snapshot-callbacks"], required);
    }

    [Fact]
    public void Read_AppFolderWithFunctionsAndBuildOutput_NamesFunctionsByFolderAndSkipsBinObj()
    {
        var app = Directory.CreateTempSubdirectory("livefunctions-app-");
        try
        {
            Write(app.FullName, "snapshot-callback-execute", "snapshot-callbacks");
            Write(Path.Combine(app.FullName, "bin", "Release"), "stale-copy", "should-not-count");

            var queues = FunctionQueues.Read(app.FullName);

            Assert.Equal([new FunctionQueue("snapshot-callback-execute", "snapshot-callbacks", true)], queues);
        }
        finally
        {
            app.Delete(recursive: true);
        }
    }

    private static void Write(string root, string function, string queueName)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, function));
        File.WriteAllText(
            Path.Combine(folder.FullName, "function.json"),
            $$"""{ "bindings": [ { "type": "queueTrigger", "name": "item", "queueName": "{{queueName}}" } ] }""");
    }
}
