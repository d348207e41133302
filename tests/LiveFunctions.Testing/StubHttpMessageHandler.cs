using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace LiveFunctions.Testing;

/// <summary>One request as the stub saw it: everything needed to assert on what went to the wire.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="RequestUri">The full request URI.</param>
/// <param name="Query">The query string exactly as in the URI, without the leading <c>?</c>.</param>
/// <param name="Headers">Request and content headers, names lower-cased, repeated values joined with <c>", "</c>; includes <c>host</c> when set.</param>
/// <param name="Body">The body as UTF-8 text; empty when there is none.</param>
/// <param name="Options">The request's <see cref="HttpRequestMessage.Options"/> entries.</param>
public sealed record StubRequest(
    HttpMethod Method,
    Uri RequestUri,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    IReadOnlyDictionary<string, object?> Options)
{
    /// <summary>The query parameters, decoded, in wire order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> QueryParameters =>
        Query.Length == 0
            ? []
            : Query.Split('&').Select(pair =>
            {
                var at = pair.IndexOf('=', StringComparison.Ordinal);
                return at < 0
                    ? new KeyValuePair<string, string>(Uri.UnescapeDataString(pair), string.Empty)
                    : new KeyValuePair<string, string>(Uri.UnescapeDataString(pair[..at]), Uri.UnescapeDataString(pair[(at + 1)..]));
            }).ToArray();

    /// <summary>The decoded value of one query parameter, or null.</summary>
    public string? QueryValue(string name) =>
        QueryParameters.Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();

    /// <summary>The value of one header (any case), or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}

/// <summary>
/// An <see cref="HttpMessageHandler"/> for tests: records every request (URI, query string, headers, body, options) and
/// answers each one from a queue of responders, falling back to a default responder when the queue is empty.
/// </summary>
public sealed class StubHttpMessageHandler : HttpMessageHandler
{
    private readonly object _gate = new();
    private readonly List<StubRequest> _requests = [];
    private readonly Queue<Func<StubRequest, CancellationToken, Task<HttpResponseMessage>>> _queue = new();
    private readonly Func<StubRequest, CancellationToken, Task<HttpResponseMessage>>? _fallback;
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    /// <summary>A stub that answers only from its queue; a request with nothing queued fails the test with an exception.</summary>
    public StubHttpMessageHandler()
    {
    }

    /// <summary>A stub that answers every request not served from the queue with <paramref name="fallback"/>.</summary>
    public StubHttpMessageHandler(Func<StubRequest, CancellationToken, Task<HttpResponseMessage>> fallback)
    {
        _fallback = fallback;
    }

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<StubRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>Queues a responder for the next unanswered request.</summary>
    public StubHttpMessageHandler Enqueue(Func<StubRequest, CancellationToken, Task<HttpResponseMessage>> responder)
    {
        ArgumentNullException.ThrowIfNull(responder);
        lock (_gate)
        {
            _queue.Enqueue(responder);
        }

        return this;
    }

    /// <summary>Queues an answer with this status, body and response headers.</summary>
    public StubHttpMessageHandler Enqueue(HttpStatusCode status, string body, string contentType = "application/json", params (string Name, string Value)[] headers) =>
        Enqueue((_, _) => Task.FromResult(Response(status, body, contentType, headers)));

    /// <summary>Queues an exception thrown instead of answering (a network failure).</summary>
    public StubHttpMessageHandler EnqueueException(Exception exception) =>
        Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>Queues a request that never answers until its cancellation token fires (a hung server).</summary>
    public StubHttpMessageHandler EnqueueHang() =>
        Enqueue(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });

    /// <summary>Completes once at least <paramref name="count"/> requests have been received.</summary>
    public Task WhenRequestCountAsync(int count)
    {
        lock (_gate)
        {
            if (_requests.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task;
        }
    }

    /// <summary>A response with this status, body (UTF-8), content type (parameters allowed, e.g. a charset) and headers.</summary>
    public static HttpResponseMessage Response(HttpStatusCode status, string body, string contentType = "application/json", params (string Name, string Value)[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var response = new HttpResponseMessage(status) { Content = content };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recorded = await RecordAsync(request, cancellationToken);
        Func<StubRequest, CancellationToken, Task<HttpResponseMessage>>? responder;
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            _requests.Add(recorded);
            responder = _queue.Count > 0 ? _queue.Dequeue() : _fallback;
            ready = _waiters.Where(w => w.Count <= _requests.Count).Select(w => w.Signal).ToList();
            _waiters.RemoveAll(w => w.Count <= _requests.Count);
        }

        foreach (var signal in ready)
        {
            signal.TrySetResult();
        }

        if (responder is null)
        {
            throw new InvalidOperationException($"StubHttpMessageHandler: no answer queued for request {_requests.Count}: {request.Method} {request.RequestUri}");
        }

        var response = await responder(recorded, cancellationToken);
        response.RequestMessage ??= request;
        return response;
    }

    private static async Task<StubRequest> RecordAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        var all = request.Headers.AsEnumerable();
        if (request.Content is not null)
        {
            all = all.Concat(request.Content.Headers);
        }

        foreach (var (name, values) in all)
        {
            headers[name.ToLowerInvariant()] = string.Join(", ", values);
        }

        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var options = ((IEnumerable<KeyValuePair<string, object?>>)request.Options).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal);
        return new StubRequest(request.Method, uri, uri.Query.TrimStart('?'), headers, body, options);
    }
}
