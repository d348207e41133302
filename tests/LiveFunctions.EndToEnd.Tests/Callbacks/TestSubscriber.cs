using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using LiveFunctions.Core.Callbacks.Delivery;
using LiveFunctions.Testing;

namespace LiveFunctions.EndToEnd.Tests.Callbacks;

/// <summary>One delivery a subscriber received, with whether its X-LiveFunctions-Signature verified.</summary>
internal sealed record SubscriberDeliveryReceived(string DedupeKey, string OssObject, bool Authenticated, bool SignatureValid, int AnsweredStatus);

/// <summary>
/// A subscriber webhook on a free loopback port (HttpListener): verifies each delivery's signature with its secret,
/// keeps what it received and answers <see cref="Status"/> (changeable while a test runs, e.g. to fail then recover).
/// </summary>
internal sealed class TestSubscriber : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<SubscriberDeliveryReceived> _received = new();
    private readonly Task _loop;

    public TestSubscriber(string name, string secret)
    {
        Name = name;
        Secret = secret;
        var port = FreePort.Next();
        Url = new Uri($"http://127.0.0.1:{port}/{name}/hook");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Name { get; }

    public string Secret { get; }

    public Uri Url { get; }

    /// <summary>What the subscriber answers from now on.</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    public IReadOnlyList<SubscriberDeliveryReceived> Received => [.. _received];

    /// <summary>The deliveries it accepted (answered 2xx).</summary>
    public IReadOnlyList<SubscriberDeliveryReceived> Accepted => Received.Where(r => r.AnsweredStatus is >= 200 and < 300).ToArray();

    /// <summary>The app settings that make the app deliver to this subscriber as <c>Subscribers:{index}</c>.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings(int index) =>
    [
        new($"SnapshotCallbacks:Subscribers:{index}:Name", Name),
        new($"SnapshotCallbacks:Subscribers:{index}:Url", Url.ToString()),
        new($"SnapshotCallbacks:Subscribers:{index}:Secret", Secret),
    ];

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var bytes = body.ToArray();
            var status = (int)Status;
            var valid = SubscriberSignature.Verify(Secret, bytes, context.Request.Headers[SubscriberSignature.HeaderName]);
            using (var document = JsonDocument.Parse(bytes))
            {
                _received.Enqueue(new SubscriberDeliveryReceived(
                    document.RootElement.GetProperty("DedupeKey").GetString()!,
                    document.RootElement.GetProperty("Snapshot").GetProperty("OssObject").GetString()!,
                    document.RootElement.GetProperty("Authenticated").GetBoolean(),
                    valid,
                    status));
            }

            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }
}
