using System.Collections.Concurrent;
using System.Net;
using LiveFunctions.Testing;

namespace LiveFunctions.Core.Tests.Callbacks.Delivery;

/// <summary>A request the webhook listener received.</summary>
internal sealed record ReceivedWebhook(string Method, string? ContentType, string? Signature, string? DedupeKey, byte[] Body);

/// <summary>
/// A real HTTP webhook on a free loopback port (HttpListener). <c>reply</c> gets the 1-based number of the request
/// and returns the status to answer, or null to never answer (the request hangs until the listener is disposed).
/// </summary>
internal sealed class WebhookListener : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<int, (int Status, string? Location)?> _reply;
    private readonly Task _loop;
    private readonly ConcurrentQueue<ReceivedWebhook> _requests = new();
    private readonly SemaphoreSlim _received = new(0);

    public WebhookListener(Func<int, (int Status, string? Location)?> reply)
    {
        _reply = reply;
        var port = FreePort.Next();
        Url = new Uri($"http://127.0.0.1:{port}/hook");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    public IReadOnlyList<ReceivedWebhook> Requests => [.. _requests];

    /// <summary>Waits (real time, bounded) until <paramref name="count"/> requests have arrived.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (_requests.Count < count)
        {
            await _received.WaitAsync(limit.Token);
        }
    }

    private async Task LoopAsync()
    {
        var number = 0;
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
            var request = context.Request;
            _requests.Enqueue(new ReceivedWebhook(
                request.HttpMethod, request.ContentType, request.Headers["X-LiveFunctions-Signature"],
                request.Headers["X-LiveFunctions-Dedupe-Key"], body.ToArray()));
            _received.Release();
            if (_reply(++number) is { } reply)
            {
                context.Response.StatusCode = reply.Status;
                if (reply.Location is not null)
                {
                    context.Response.RedirectLocation = reply.Location;
                }

                context.Response.Close();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Abort();
        await _loop;
        _received.Dispose();
    }
}
