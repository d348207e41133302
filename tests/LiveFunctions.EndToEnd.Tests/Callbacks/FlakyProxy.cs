using System.Net;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Testing;

namespace LiveFunctions.EndToEnd.Tests.Callbacks;

/// <summary>
/// Sits between the emulator and the app's callback route (the Callback URL given to Live points here). Every callback is
/// forwarded to the app, but while <see cref="FailuresLeft"/> is above zero the emulator is told 500 although the app took
/// it — as when Live's 5-second wait runs out or the answer is lost — so the emulator sends the same snapshot again.
/// The host of the URL stays 127.0.0.1, so the ALI-LIVE-SIGNATURE still matches.
/// </summary>
internal sealed class FlakyProxy : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly HttpClient _app;
    private readonly Task _loop;
    private readonly Lock _gate = new();
    private int _failuresLeft;
    private int _forwarded;

    public FlakyProxy(Uri appBaseAddress)
    {
        _app = new HttpClient { BaseAddress = appBaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var port = FreePort.Next();
        Url = new Uri($"http://127.0.0.1:{port}/api/callbacks/snapshot");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    /// <summary>How many more forwarded callbacks are answered 500 to the emulator.</summary>
    public int FailuresLeft
    {
        get
        {
            lock (_gate)
            {
                return _failuresLeft;
            }
        }

        set
        {
            lock (_gate)
            {
                _failuresLeft = value;
            }
        }
    }

    /// <summary>How many callbacks reached the app through the proxy.</summary>
    public int Forwarded => Volatile.Read(ref _forwarded);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
        _app.Dispose();
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
            using var forward = new HttpRequestMessage(HttpMethod.Post, "/api/callbacks/snapshot") { Content = new ByteArrayContent(body.ToArray()) };
            forward.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType);
            foreach (var header in new[] { SnapshotCallbackHeaders.Timestamp, SnapshotCallbackHeaders.Signature })
            {
                if (context.Request.Headers[header] is { } value)
                {
                    forward.Headers.TryAddWithoutValidation(header, value);
                }
            }

            using var answer = await _app.SendAsync(forward);
            Interlocked.Increment(ref _forwarded);
            bool fail;
            lock (_gate)
            {
                fail = _failuresLeft > 0;
                _failuresLeft -= fail ? 1 : 0;
            }

            context.Response.StatusCode = fail ? 500 : (int)answer.StatusCode;
            context.Response.Close();
        }
    }
}
