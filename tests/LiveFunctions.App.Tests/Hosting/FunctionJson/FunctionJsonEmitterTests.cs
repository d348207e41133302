using System.Text.Json;
using LiveFunctions.App.Hosting;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.FunctionJson;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Testing;

namespace LiveFunctions.App.Tests.Hosting.FunctionJson;

public sealed class FunctionJsonEmitterTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "lf-emit-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static void MapAllKinds(WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapPut("domains/{DomainName}/apps/{AppName}/record-config", () => Results.Ok()).AsFunction("record-config", AuthLevel.Function);
        api.MapPut("transcode-jobs/{JobId}/schedule", () => Results.Ok()).AsFunction("transcode-schedule", AuthLevel.Function);
        api.MapGet("transcode-jobs/{JobId}/schedule", () => Results.Ok()).AsFunction("transcode-schedule", AuthLevel.Function);
        api.MapDelete("transcode-jobs/{JobId}/schedule", () => Results.Ok()).AsFunction("transcode-schedule", AuthLevel.Function);
        app.MapGet("/api/openapi.json", () => Results.Ok()).AsFunction("openapi", AuthLevel.Anonymous);
        app.MapFunction(new TimerFunction("index-planner", "IndexFilesSchedule", "0 5 * * * *", (_, _) => ValueTask.CompletedTask,
            [new QueueOutputBinding("work", "index-work")]));
        app.MapFunction(new QueueFunction("index-executor", "index-work", (_, _) => ValueTask.CompletedTask));
        app.MapFunction(new HttpEnvelopeFunction("snapshot-callback", "callbacks/snapshot", ["POST"], AuthLevel.Function,
            (_, _) => ValueTask.FromResult(HttpFunctionResponseFor204()), [new QueueOutputBinding("callbacks", "snapshot-callbacks")]));
    }

    private static App.Hosting.Http.HttpFunctionResponse HttpFunctionResponseFor204() => App.Hosting.Http.HttpFunctionResponse.Empty(204);

    private async Task<Dictionary<string, JsonElement>> EmitAsync(Action<WebApplication> map)
    {
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), map);
        FunctionJsonEmitter.Emit(app.Services.GetRequiredService<FunctionCatalog>(), _directory);
        return Directory.EnumerateDirectories(_directory).Where(d => File.Exists(Path.Combine(d, "function.json"))).ToDictionary(
            d => Path.GetFileName(d),
            d => JsonDocument.Parse(File.ReadAllText(Path.Combine(d, "function.json"))).RootElement.Clone());
    }

    private static string[] Methods(JsonElement trigger) =>
        trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).ToArray();

    private static JsonElement Binding(JsonElement document, string type) =>
        Assert.Single(document.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString() == type);

    [Fact]
    public async Task Emit_EveryKind_WritesOneParsableFunctionJsonPerFunction()
    {
        var files = await EmitAsync(MapAllKinds);

        Assert.Equal(
            ["index-executor", "index-planner", "openapi", "record-config", "snapshot-callback", "transcode-schedule"],
            files.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Emit_ProxiedHttp_HasHttpTriggerAndHttpOutputOnlyWithRouteWithoutPrefix()
    {
        var files = await EmitAsync(MapAllKinds);
        var document = files["record-config"];

        Assert.Equal(2, document.GetProperty("bindings").GetArrayLength());
        var trigger = Binding(document, "httpTrigger");
        Assert.Equal("in", trigger.GetProperty("direction").GetString());
        Assert.Equal("req", trigger.GetProperty("name").GetString());
        Assert.Equal("function", trigger.GetProperty("authLevel").GetString());
        Assert.Equal<string>(["put"], Methods(trigger));
        Assert.Equal("domains/{DomainName}/apps/{AppName}/record-config", trigger.GetProperty("route").GetString());
        var output = Binding(document, "http");
        Assert.Equal("out", output.GetProperty("direction").GetString());
        Assert.Equal("res", output.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Emit_SeveralEndpointsOfOneFunction_MergesMethods()
    {
        var files = await EmitAsync(MapAllKinds);
        var trigger = Binding(files["transcode-schedule"], "httpTrigger");

        Assert.Equal<string>(["delete", "get", "put"], Methods(trigger));
        Assert.Equal("transcode-jobs/{JobId}/schedule", trigger.GetProperty("route").GetString());
    }

    [Fact]
    public async Task Emit_AnonymousFunction_HasAnonymousAuthLevel()
    {
        var files = await EmitAsync(MapAllKinds);
        var trigger = Binding(files["openapi"], "httpTrigger");

        Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal("openapi.json", trigger.GetProperty("route").GetString());
    }

    [Fact]
    public async Task Emit_Timer_HasSettingScheduleAndQueueOutput()
    {
        var files = await EmitAsync(MapAllKinds);
        var document = files["index-planner"];

        var trigger = Binding(document, "timerTrigger");
        Assert.Equal("timer", trigger.GetProperty("name").GetString());
        Assert.Equal("%IndexFilesSchedule%", trigger.GetProperty("schedule").GetString());
        Assert.False(trigger.GetProperty("runOnStartup").GetBoolean());
        var output = Binding(document, "queue");
        Assert.Equal("out", output.GetProperty("direction").GetString());
        Assert.Equal("work", output.GetProperty("name").GetString());
        Assert.Equal("index-work", output.GetProperty("queueName").GetString());
        Assert.Equal("AzureWebJobsStorage", output.GetProperty("connection").GetString());
    }

    [Fact]
    public async Task Emit_Queue_HasQueueTriggerWithQueueName()
    {
        var files = await EmitAsync(MapAllKinds);
        var document = files["index-executor"];

        var trigger = Assert.Single(document.GetProperty("bindings").EnumerateArray());
        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("in", trigger.GetProperty("direction").GetString());
        Assert.Equal("message", trigger.GetProperty("name").GetString());
        Assert.Equal("index-work", trigger.GetProperty("queueName").GetString());
    }

    [Fact]
    public async Task Emit_EnvelopeHttp_HasTriggerHttpOutputAndQueueOutputSoItIsNotProxied()
    {
        var files = await EmitAsync(MapAllKinds);
        var document = files["snapshot-callback"];

        Assert.Equal(3, document.GetProperty("bindings").GetArrayLength());
        var trigger = Binding(document, "httpTrigger");
        Assert.Equal("callbacks/snapshot", trigger.GetProperty("route").GetString());
        Assert.Equal("function", trigger.GetProperty("authLevel").GetString());
        Assert.Equal<string>(["post"], Methods(trigger));
        Assert.Equal("res", Binding(document, "http").GetProperty("name").GetString());
        Assert.Equal("snapshot-callbacks", Binding(document, "queue").GetProperty("queueName").GetString());
    }

    [Fact]
    public async Task Emit_EndpointWithoutMethods_LeavesMethodsOut()
    {
        var files = await EmitAsync(app => app.Map("/api/any/{*path}", () => Results.Ok()).AsFunction("any", AuthLevel.Function));
        var trigger = Binding(files["any"], "httpTrigger");

        Assert.False(trigger.TryGetProperty("methods", out _));
        Assert.Equal("any/{*path}", trigger.GetProperty("route").GetString());
    }

    [Fact]
    public async Task Emit_StaleFunctionFolder_IsRemovedAndOtherFilesKept()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "gone"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "gone", "function.json"), "{}");
        Directory.CreateDirectory(Path.Combine(_directory, "runtimes"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "runtimes", "keep.txt"), "x");

        var files = await EmitAsync(MapAllKinds);

        Assert.False(Directory.Exists(Path.Combine(_directory, "gone")));
        Assert.True(File.Exists(Path.Combine(_directory, "runtimes", "keep.txt")));
        Assert.DoesNotContain("gone", files.Keys);
    }

    [Fact]
    public async Task Emit_OneFunctionOnTwoRoutes_Throws()
    {
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), a =>
        {
            a.MapGet("/api/one", () => "1").AsFunction("split", AuthLevel.Function);
            a.MapGet("/api/two", () => "2").AsFunction("split", AuthLevel.Function);
        });

        var error = Assert.Throws<InvalidOperationException>(() => FunctionJsonEmitter.Emit(app.Services.GetRequiredService<FunctionCatalog>(), _directory));
        Assert.Contains("different routes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emit_ProxiedFunctionOutsideApi_Throws()
    {
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), a => a.MapGet("/other", () => "1").AsFunction("other", AuthLevel.Function));

        Assert.Throws<InvalidOperationException>(() => FunctionJsonEmitter.Emit(app.Services.GetRequiredService<FunctionCatalog>(), _directory));
    }

    [Fact]
    public async Task Emit_DuplicateFunctionName_Throws()
    {
        await using var app = TestApp.Build(underHost: false, FreePort.Next(), a =>
        {
            a.MapGet("/api/x", () => "1").AsFunction("dup", AuthLevel.Function);
            a.MapFunction(new QueueFunction("dup", "some-queue", (_, _) => ValueTask.CompletedTask));
        });

        Assert.Throws<InvalidOperationException>(() => FunctionJsonEmitter.Emit(app.Services.GetRequiredService<FunctionCatalog>(), _directory));
    }

    [Fact]
    public async Task RunFunctionsAppAsync_EmitArgument_WritesFilesWithoutStartingTheServer()
    {
        var port = FreePort.Next();
        await using var app = TestApp.Build(underHost: false, port, MapAllKinds);

        var exitCode = await app.RunFunctionsAppAsync(["--emit-functions", _directory]);

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(Path.Combine(_directory, "index-planner", "function.json")));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"http://127.0.0.1:{port}/"));
    }

    [Theory]
    [InlineData(new[] { "--emit-functions", "out" }, true, "out")]
    [InlineData(new[] { "--emit-functions=out/dir" }, true, "out/dir")]
    [InlineData(new[] { "--urls", "http://127.0.0.1:1" }, false, "")]
    public void TryGetDirectory_Arguments_FindsTheDirectory(string[] args, bool expected, string directory)
    {
        Assert.Equal(expected, FunctionJsonEmitter.TryGetDirectory(args, out var found));
        Assert.Equal(directory, found);
    }
}
