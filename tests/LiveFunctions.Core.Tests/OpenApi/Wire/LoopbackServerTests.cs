using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.OpenApi.Signing;
using LiveFunctions.Core.Tests.OpenApi.Support;
using LiveFunctions.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Tests.OpenApi.Wire;

/// <summary>
/// The client through a real HttpClient to a real socket on a free loopback port: the bytes a server receives
/// (request target, Host header with the port) are what the client signed.
/// </summary>
public sealed class LoopbackServerTests
{
    private static TestRequest Tricky() => new("a b*~+/中", ["x y"], new JsonObject { ["Url"] = "rtmp://d/app/s?k=v", ["N"] = 1 });

    [Fact]
    public async Task SendAsync_V3ToNonDefaultPort_ServerReceivesTheSignedHostAndQuery()
    {
        var port = FreePort.Next();
        var server = RawRequestAsync(port);
        var client = Client(port, AlibabaSignatureVersion.V3);

        var response = await client.SendAsync(new TestOperation(), Tricky());
        var raw = await server;

        Assert.Equal("R-LOOP", response.RequestId);
        Assert.Equal($"127.0.0.1:{port}", raw.Headers["host"]);
        Assert.StartsWith("/?", raw.Target, StringComparison.Ordinal);
        var query = Parse(raw.Target[2..]);
        Assert.Equal(PercentEncoding.CanonicalQuery(query), raw.Target[2..]);
        var authorization = raw.Headers["authorization"];
        var signedNames = authorization.Split("SignedHeaders=")[1].Split(',')[0].Split(';');
        Assert.Contains("host", signedNames);
        var canonical = AcsSignatureV3.CanonicalRequest(
            raw.Method, "/", query, signedNames.Select(n => new KeyValuePair<string, string>(n, raw.Headers[n])), AcsSignatureV3.HashPayload([]));
        var expected = AcsSignatureV3.Authorization("testid", canonical.SignedHeaders, AcsSignatureV3.Signature(AcsSignatureV3.StringToSign(canonical.Text), "testsecret"));
        Assert.Equal(expected, authorization);
        Assert.Equal("POST", raw.Method);
    }

    [Fact]
    public async Task SendAsync_V1ToNonDefaultPort_ServerCanRecomputeTheSignatureFromTheRawQuery()
    {
        var port = FreePort.Next();
        var server = RawRequestAsync(port);
        var client = Client(port, AlibabaSignatureVersion.V1);

        await client.SendAsync(new TestOperation(), Tricky());
        var raw = await server;

        var query = Parse(raw.Target[2..]);
        Assert.Equal("a b*~+/中", query.Single(p => p.Key == "Name").Value);
        var signature = query.Single(p => p.Key == "Signature").Value;
        Assert.Equal(RpcSignatureV1.Signature(RpcSignatureV1.StringToSign(raw.Method, query), "testsecret"), signature);
        Assert.Equal($"127.0.0.1:{port}", raw.Headers["host"]);
    }

    private static AlibabaClient Client(int port, AlibabaSignatureVersion version) => new(
        new HttpClient(),
        Options.Create(new AlibabaOptions
        {
            AccessKeyId = "testid",
            AccessKeySecret = "testsecret",
            LiveEndpoint = $"http://127.0.0.1:{port}",
            SignatureVersion = version,
            Retry = { MaxAttempts = 1 },
        }),
        TimeProvider.System,
        NullLogger<AlibabaClient>.Instance);

    private static List<KeyValuePair<string, string>> Parse(string query) =>
        query.Split('&').Select(pair => pair.Split('=', 2)).Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p[1]))).ToList();

    private sealed record RawRequest(string Method, string Target, Dictionary<string, string> Headers);

    // One request, read off the socket byte for byte, answered with a fixed JSON body.
    private static async Task<RawRequest> RawRequestAsync(int port)
    {
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var socket = await listener.AcceptTcpClientAsync(timeout.Token);
        var stream = socket.GetStream();
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer) && await stream.ReadAsync(one, timeout.Token) == 1)
        {
            buffer.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString([.. buffer]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1)
            .Select(l => l.Split(':', 2))
            .ToDictionary(h => h[0].Trim().ToLowerInvariant(), h => h[1].Trim(), StringComparer.Ordinal);
        var body = """{"RequestId":"R-LOOP"}"""u8.ToArray();
        var head = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), timeout.Token);
        await stream.WriteAsync(body, timeout.Token);
        await stream.FlushAsync(timeout.Token);
        return new RawRequest(requestLine[0], requestLine[1], headers);
    }

    private static bool EndsWithBlankLine(List<byte> buffer) =>
        buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n';
}
