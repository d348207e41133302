using System.Net;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Tests.OpenApi.Support;

/// <summary>A fresh client per test over a stub handler, a manual clock, captured logs and predictable nonces.</summary>
internal sealed class ClientHarness
{
    public static readonly DateTimeOffset Start = new(2024, 5, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly List<string> _nonces = [];

    private ClientHarness(AlibabaOptions options, StubHttpMessageHandler stub, ObservedTimeProvider time, double jitter, Func<int, string>? nonce)
    {
        Options = options;
        Stub = stub;
        Time = time;
        var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        Client = new AlibabaClient(
            new HttpClient(stub),
            Microsoft.Extensions.Options.Options.Create(options),
            time,
            factory.CreateLogger<AlibabaClient>(),
            () =>
            {
                lock (_nonces)
                {
                    var value = nonce?.Invoke(_nonces.Count + 1) ?? $"nonce-{_nonces.Count + 1}";
                    _nonces.Add(value);
                    return value;
                }
            },
            () => jitter);
    }

    public AlibabaClient Client { get; }

    public StubHttpMessageHandler Stub { get; }

    public ObservedTimeProvider Time { get; }

    public AlibabaOptions Options { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public static ClientHarness Create(
        Action<AlibabaOptions>? configure = null,
        StubHttpMessageHandler? stub = null,
        double jitter = 0,
        DateTimeOffset? start = null,
        Func<int, string>? nonce = null)
    {
        var options = new AlibabaOptions { AccessKeyId = "testid", AccessKeySecret = "testsecret" };
        configure?.Invoke(options);
        return new ClientHarness(options, stub ?? new StubHttpMessageHandler(), new ObservedTimeProvider(start ?? Start), jitter, nonce);
    }

    public static string OkBody(string requestId = "REQ-OK", string value = "v") =>
        $$"""{"RequestId":"{{requestId}}","Value":"{{value}}"}""";

    public static string ErrorBody(string code, string requestId = "REQ-ERR", string message = "Something went wrong.") =>
        $$"""{"RequestId":"{{requestId}}","HostId":"live.aliyuncs.com","Code":"{{code}}","Message":"{{message}}","Recommend":"https://api.aliyun.com/troubleshoot?q={{code}}"}""";

    public StubHttpMessageHandler EnqueueOk(string requestId = "REQ-OK") => Stub.Enqueue(HttpStatusCode.OK, OkBody(requestId));

    public StubHttpMessageHandler EnqueueError(HttpStatusCode status, string code, params (string Name, string Value)[] headers) =>
        Stub.Enqueue(status, ErrorBody(code), "application/json", headers);

    public Task<TestResponse> SendAsync(TestRequest? request = null, CancellationToken cancellationToken = default) =>
        Client.SendAsync(new TestOperation(), request ?? new TestRequest("thing"), cancellationToken);
}
