using System.Collections.Concurrent;
using System.Threading.Channels;
using LiveFunctions.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LiveFunctions.Emulator.Tests.Simulation;

/// <summary>One request the receiver got: headers, body and the (fake) clock when it arrived.</summary>
internal sealed record ReceivedCallback(string Method, string? ContentType, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At);

/// <summary>
/// A real Kestrel callback receiver on a free loopback port. It answers with the programmed status codes in order
/// (200 once they run out); status 0 means "never answer" (the request hangs until the sender gives up).
/// </summary>
internal sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedCallback> _received = Channel.CreateUnbounded<ReceivedCallback>();
    private readonly ConcurrentQueue<int> _statuses;

    private CallbackReceiver(WebApplication app, ConcurrentQueue<int> statuses, Uri url)
    {
        _app = app;
        _statuses = statuses;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<CallbackReceiver> StartAsync(TimeProvider clock, params int[] statuses)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var queue = new ConcurrentQueue<int>(statuses);
        var receiver = new CallbackReceiver(app, queue, new Uri($"http://127.0.0.1:{port}/api/callbacks/snapshot?code=function-key"));
        app.MapPost("/api/callbacks/snapshot", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            await receiver._received.Writer.WriteAsync(new ReceivedCallback(context.Request.Method, context.Request.ContentType, headers, body, clock.GetUtcNow()));
            var status = queue.TryDequeue(out var next) ? next : 200;
            if (status == 0)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.StatusCode(504);
            }

            return Results.StatusCode(status);
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>The next request; fails the test after 10 real seconds.</summary>
    public async Task<ReceivedCallback> NextAsync() =>
        await _received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Whether a request arrived that was not read yet.</summary>
    public bool TryTake(out ReceivedCallback? callback) => _received.Reader.TryRead(out callback);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
