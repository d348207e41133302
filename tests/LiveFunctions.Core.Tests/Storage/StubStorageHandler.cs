using System.Net;
using System.Text;

namespace LiveFunctions.Core.Tests.Storage;

/// <summary>A request the stub saw, copied before the pipeline disposes it.</summary>
internal sealed record SeenRequest(HttpMethod Method, Uri Uri, Dictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>An HttpMessageHandler that records every request and answers with the next scripted response.</summary>
internal sealed class StubStorageHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _answers = new();

    public List<SeenRequest> Requests { get; } = [];

    public static DateTimeOffset ServerNow { get; } = new(2025, 12, 2, 10, 0, 5, TimeSpan.Zero);

    public StubStorageHandler Answer(HttpStatusCode status, string? body = null, Action<HttpResponseMessage>? headers = null)
    {
        _answers.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body ?? string.Empty, Encoding.UTF8, "application/xml") };
            response.Headers.Date = ServerNow;
            response.Headers.Add("x-ms-request-id", "req-1");
            headers?.Invoke(response);
            return response;
        });
        return this;
    }

    public StubStorageHandler Error(HttpStatusCode status, string code) =>
        Answer(
            status,
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>{code}</Code><Message>Stub says {code}.\nRequestId:req-1</Message></Error>",
            r => r.Headers.Add("x-ms-error-code", code));

    public StubStorageHandler Throw(Exception exception)
    {
        _answers.Enqueue(() => throw exception);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        var body = Array.Empty<byte>();
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }

            body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
        }

        Requests.Add(new SeenRequest(request.Method, request.RequestUri!, headers, body));
        if (_answers.Count == 0)
        {
            throw new InvalidOperationException($"The stub has no answer left for {request.Method} {request.RequestUri}.");
        }

        return _answers.Dequeue()();
    }
}
