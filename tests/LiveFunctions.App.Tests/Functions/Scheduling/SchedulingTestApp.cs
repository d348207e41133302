using System.Globalization;
using System.Net;
using System.Text.Json;
using LiveFunctions.App.Functions.Scheduling;
using LiveFunctions.App.Tests.Functions.SnapshotCallback;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Core.DependencyInjection;
using LiveFunctions.Core.Scheduling.Records;
using LiveFunctions.Core.Storage;
using LiveFunctions.Testing;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Functions.Scheduling;

/// <summary>One Azurite for the scheduling function tests; each test uses its own domain and job names.</summary>
[CollectionDefinition(Name)]
public sealed class SchedulingAzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Scheduling functions on Azurite";
}

/// <summary>
/// The app with the scheduling function group as Program.cs maps it, invoked as the Functions host does (envelopes for
/// timers and queues, proxied HTTP), on a real Azurite and a manual clock; the Alibaba client's transport is a stub.
/// </summary>
internal sealed class SchedulingTestApp : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 5, 0, TimeSpan.Zero);

    private SchedulingTestApp(TestApp app, StubHttpMessageHandler alibaba, ManualTimeProvider time, CapturedLogs logs, string domain)
    {
        App = app;
        Alibaba = alibaba;
        Time = time;
        Logs = logs;
        Domain = domain;
    }

    public TestApp App { get; }

    public HttpClient Client => App.Client;

    public StubHttpMessageHandler Alibaba { get; }

    public ManualTimeProvider Time { get; }

    public CapturedLogs Logs { get; }

    /// <summary>A domain of this test only (the records of other tests do not show).</summary>
    public string Domain { get; }

    public SchedulingStore Store => App.App.Services.GetRequiredService<SchedulingStore>();

    public StorageQueues Queues => App.App.Services.GetRequiredService<StorageQueues>();

    public static async Task<SchedulingTestApp> StartAsync(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var domain = $"d{Guid.NewGuid():N}"[..13] + ".example.com";
        var all = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Alibaba:AccessKeyId"] = "app-tests-id",
            ["Alibaba:AccessKeySecret"] = "app-tests-secret-3f9c",
            ["Alibaba:LiveEndpoint"] = "https://live.example.test",
            ["Alibaba:IceEndpoint"] = "https://ice.example.test",
            ["Alibaba:Retry:MaxAttempts"] = "2",
            ["Alibaba:Retry:BaseDelay"] = "00:00:00.001",
            ["Alibaba:Retry:MaxDelay"] = "00:00:00.001",
            ["IndexFiles:Domains:0"] = domain,
            ["IndexFiles:OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
            ["IndexFiles:OssBucket"] = "live-records",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                all.Remove(key);
            }
            else
            {
                all[key] = value;
            }
        }

        var stub = new StubHttpMessageHandler();
        var time = new ManualTimeProvider(Now);
        var logs = new CapturedLogs();
        var app = await TestApp.StartAsync(underHost: true, a => a.MapSchedulingFunctions(), all, services =>
        {
            services.AddSchedulingFunctions();
            services.AddAlibabaOpenApi().ConfigurePrimaryHttpMessageHandler(() => stub);
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<ILoggerProvider>(logs);
        });
        return new SchedulingTestApp(app, stub, time, logs, domain);
    }

    /// <summary>Invokes a timer function as the host does; answers the status and the invocation response.</summary>
    public Task<(HttpResponseMessage Response, JsonElement Body)> RunTimerAsync(string function, bool isPastDue = false) =>
        Envelopes.PostAsync(Client, function, JsonSerializer.Serialize(new
        {
            Data = new { timer = new { Schedule = new { AdjustForDST = true }, ScheduleStatus = (object?)null, IsPastDue = isPastDue } },
            Metadata = new { sys = new { MethodName = function } },
        }));

    /// <summary>Invokes a queue function with this message text as the host does.</summary>
    public Task<(HttpResponseMessage Response, JsonElement Body)> RunQueueAsync(string function, string text, int dequeueCount = 1) =>
        Envelopes.PostAsync(Client, function, Envelopes.Queue(function, text, dequeueCount));

    /// <summary>The queue messages of an output binding in an invocation response (one object, or an array).</summary>
    public static IReadOnlyList<JsonElement> Outputs(JsonElement body, string binding)
    {
        if (!body.GetProperty("Outputs").TryGetProperty(binding, out var output))
        {
            return [];
        }

        return output.ValueKind == JsonValueKind.Array ? [.. output.EnumerateArray()] : [output];
    }

    /// <summary>
    /// Takes every visible message off a queue (received and deleted) and returns the texts of those that name this test's
    /// domain, oldest first. The collection's tests run one after another on their own Azurite, so this only ever takes
    /// messages that earlier tests left.
    /// </summary>
    public async Task<IReadOnlyList<string>> TakeForDomainAsync(string queue)
    {
        await Queues.CreateIfNotExistsAsync(queue);
        var taken = new List<QueueMessage>();
        while (await Queues.ReceiveAsync(queue, 32, TimeSpan.FromMinutes(1)) is { Count: > 0 } batch)
        {
            foreach (var message in batch)
            {
                await Queues.DeleteAsync(queue, message.MessageId, message.PopReceipt!);
            }

            taken.AddRange(batch);
        }

        return taken.OrderBy(m => m.InsertionTime).Select(m => m.Text).Where(t => t.Contains(Domain, StringComparison.Ordinal)).ToList();
    }

    /// <summary>The texts of up to 32 messages on a queue (peeked, left there); none when the queue does not exist.</summary>
    public async Task<IReadOnlyList<string>> PeekAsync(string queue)
    {
        await Queues.CreateIfNotExistsAsync(queue);
        return (await Queues.PeekAsync(queue, 32)).Select(m => m.Text).ToList();
    }

    /// <summary>Sends and reads JSON.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response, document.RootElement.Clone());
    }

    /// <summary>An Alibaba success answer.</summary>
    public static HttpResponseMessage Ok(string json) => StubHttpMessageHandler.Response(HttpStatusCode.OK, json);

    /// <summary>An Alibaba error answer.</summary>
    public static HttpResponseMessage ServiceError(HttpStatusCode status, string code) =>
        StubHttpMessageHandler.Response(status, $$"""{"RequestId":"SERVICE-REQ-1","HostId":"live.example.test","Code":"{{code}}","Message":"{{code}} happened."}""");

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
