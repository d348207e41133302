using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using LiveFunctions.Core.Callbacks;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Delivery;
using LiveFunctions.Core.Callbacks.Processing;
using LiveFunctions.Core.Callbacks.Queue;
using LiveFunctions.Core.Storage;
using LiveFunctions.Core.Tests.Storage;
using LiveFunctions.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Tests.Callbacks.Processing;

/// <summary>
/// The processor as AddSnapshotCallbackProcessing wires it, on a real Azurite, with subscribers behind a stub HTTP handler
/// (answer per subscriber host, changeable during a test) and a manual clock for leases. Storage itself runs on the
/// system clock (its requests are signed with the real date). Each harness uses its own stream name, so tests sharing
/// the fixed containers do not see each other's snapshots.
/// </summary>
internal sealed class ProcessingHarness
{
    public static readonly DateTimeOffset Start = DateTimeOffset.UtcNow;
    private readonly ConcurrentDictionary<string, HttpStatusCode> _answers = new(StringComparer.OrdinalIgnoreCase);

    public ProcessingHarness(string connectionString, params string[] subscriberNames)
    {
        Stream = "stream-" + Guid.NewGuid().ToString("N")[..12];
        Time = new ManualTimeProvider(Start);
        Blobs = StorageTestClients.ForConnectionString(connectionString).Blobs;
        Options = new SnapshotCallbackOptions { DeliveryAttempts = 1, SubscriberTimeout = TimeSpan.FromSeconds(10), DeliveryMaxDelay = TimeSpan.FromSeconds(10) };
        foreach (var name in subscriberNames)
        {
            Options.Subscribers.Add(new SnapshotSubscriberOptions { Name = name, Url = new Uri($"http://{name}.test/hook"), Secret = "subscriber-secret-" + name });
            _answers[name + ".test"] = HttpStatusCode.OK;
        }

        Handler = new StubHttpMessageHandler((request, _) =>
            Task.FromResult(StubHttpMessageHandler.Response(_answers[request.RequestUri.Host], "{}")));
        var wrapped = Microsoft.Extensions.Options.Options.Create(Options);
        var delivery = new SubscriberDelivery(new StubClients(Handler), wrapped, Time, NullLogger<SubscriberDelivery>.Instance);
        Claims = new SnapshotClaims(Blobs, Time);
        Processor = new SnapshotProcessor(
            new SnapshotContainers(Blobs), Claims, new SnapshotRecorder(Blobs), new SnapshotFanOut(Blobs, delivery, wrapped, Time),
            wrapped, Time, NullLogger<SnapshotProcessor>.Instance);
        Reader = new SnapshotReader(Blobs);
    }

    public string Stream { get; }

    public ManualTimeProvider Time { get; }

    public StorageBlobs Blobs { get; }

    public SnapshotCallbackOptions Options { get; }

    public StubHttpMessageHandler Handler { get; }

    public SnapshotClaims Claims { get; }

    public SnapshotProcessor Processor { get; }

    public SnapshotReader Reader { get; }

    /// <summary>What a subscriber answers from now on.</summary>
    public void Answer(string subscriber, HttpStatusCode status) => _answers[subscriber + ".test"] = status;

    /// <summary>The requests a subscriber received.</summary>
    public IReadOnlyList<StubRequest> RequestsTo(string subscriber) =>
        Handler.Requests.Where(r => r.RequestUri.Host == subscriber + ".test").ToArray();

    /// <summary>The queue message the intake would write for a snapshot of this harness's stream taken at <paramref name="unixSeconds"/>.</summary>
    public string Message(long unixSeconds, string objectName = "s/1.jpg", string domain = "example.com")
    {
        var body = string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"event":"live_snapshot","domain":"{{domain}}","app":"liveApp","stream":"{{Stream}}","OssBucket":"b","OssObject":"{{objectName}}","time":{{unixSeconds}}}""");
        return Json(body);
    }

    /// <summary>The queue message of an arbitrary body.</summary>
    public string Json(string body)
    {
        var auth = new CallbackAuthResult(true, CallbackAuthKey.Current, CallbackAuthFailure.None, "ok", "callbacks.example.com");
        return SnapshotCallbackMessageJson.Serialize(SnapshotCallbackMessages.Create(Encoding.UTF8.GetBytes(body), auth, Time.GetUtcNow(), "receipt-1"));
    }

    public static string KeyOf(string messageText) =>
        SnapshotCallbackMessageJson.TryDeserialize(messageText, out var message) ? message.DedupeKey : throw new InvalidOperationException("not a message");

    private sealed class StubClients(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
