using System.Net;
using System.Text;
using System.Text.Json;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Core.Callbacks.Queue;

namespace LiveFunctions.App.Tests.Functions.SnapshotCallback;

/// <summary>Body limits, lenient intake and the host envelope of <c>snapshot-callback</c>.</summary>
public sealed class SnapshotCallbackIntakeTests
{
    private static Dictionary<string, string?> Limit(int maxBodyBytes) =>
        new() { ["SnapshotCallbacks:MaxBodyBytes"] = maxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public async Task Post_BodyOverTheLimit_Answers413AndQueuesNothing()
    {
        await using var app = await SnapshotTestApp.StartAsync(Limit(100));

        using var response = await app.Client.PostAsync("/api/callbacks/snapshot", new StringContent(new string('x', 101)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("BodyTooLarge", body.RootElement.GetProperty("Code").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("RequestId").GetString()));
        Assert.Empty(app.Writer.Written);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Answers413WithoutAContentLength()
    {
        await using var app = await SnapshotTestApp.StartAsync(Limit(100));
        var content = new StreamContent(new MemoryStream(new byte[100_000]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/callbacks/snapshot") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(app.Writer.Written);
    }

    [Fact]
    public async Task Post_BodyExactlyAtTheLimit_IsTaken()
    {
        await using var app = await SnapshotTestApp.StartAsync(Limit(100));

        using var response = await app.Client.PostAsync("/api/callbacks/snapshot", new StringContent(new string('x', 100)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Writer.Written);
    }

    [Fact]
    public async Task Post_BodyNotUnderstood_IsStillQueuedWithTheFlag()
    {
        await using var app = await SnapshotTestApp.StartAsync(new Dictionary<string, string?>());

        using var response = await app.Client.PostAsync("/api/callbacks/snapshot", new StringContent("event=live_snapshot&domain=example.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(SnapshotCallbackMessageJson.TryDeserialize(Assert.Single(app.Writer.Written).Message, out var message));
        Assert.False(message.Understood);
        Assert.Equal("event=live_snapshot&domain=example.com", message.RawBody);
    }

    [Fact]
    public async Task Post_QueueUnavailable_Answers500SoLiveRetries()
    {
        await using var app = await SnapshotTestApp.StartAsync(new Dictionary<string, string?>());
        app.Writer.Fail = true;

        using var response = await app.Client.PostAsync("/api/callbacks/snapshot", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_UnderTheHost_ReturnsTheMessageAsTheQueueOutputObject()
    {
        await using var app = await SnapshotTestApp.StartAsync(SnapshotTestApp.KeySettings(), underHost: true);
        var stamp = SnapshotTestApp.Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Core.Callbacks.Authentication.CallbackSignature.Compute(SnapshotTestApp.CallbackHost, stamp, SnapshotTestApp.Key);
        var callback = """{"domain":"example.com","app":"liveApp","stream":"liveStream","OssObject":"s/1.jpg","time":1772359190}""";
        var envelope = JsonSerializer.Serialize(new
        {
            Data = new
            {
                req = new
                {
                    Url = "https://callbacks.example.com/api/callbacks/snapshot?code=k",
                    Method = "POST",
                    Query = new { code = "k" },
                    Headers = new Dictionary<string, string[]>
                    {
                        ["Content-Type"] = ["application/json"],
                        ["ALI-LIVE-TIMESTAMP"] = [stamp],
                        ["ALI-LIVE-SIGNATURE"] = [signature],
                    },
                    Body = callback,
                },
            },
            Metadata = new { sys = new { MethodName = "snapshot-callback" } },
        });

        var (response, body) = await Envelopes.PostAsync(app.Client, "snapshot-callback", envelope, "inv-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Envelopes.AssertHostShape(response, body);
        Assert.Equal(200, body.GetProperty("Outputs").GetProperty("res").GetProperty("statusCode").GetInt32());
        var queued = body.GetProperty("Outputs").GetProperty("callbacks");
        Assert.Equal(JsonValueKind.Object, queued.ValueKind);
        Assert.True(SnapshotCallbackMessageJson.TryDeserialize(queued.GetRawText(), out var message));
        Assert.Equal("inv-1", message.ReceiptId);
        Assert.Equal(callback, message.RawBody);
        Assert.Empty(app.Writer.Written); // Under the host the host writes the output.
    }

    [Fact]
    public async Task Invoke_UnderTheHostUnsigned_Answers401WithoutQueueOutput()
    {
        await using var app = await SnapshotTestApp.StartAsync(SnapshotTestApp.KeySettings(), underHost: true);
        const string envelope = """
            {"Data":{"req":{"Url":"https://callbacks.example.com/api/callbacks/snapshot","Method":"POST","Query":{},"Headers":{},
              "Body":"{\"domain\":\"example.com\"}"}},"Metadata":{}}
            """;

        var (response, body) = await Envelopes.PostAsync(app.Client, "snapshot-callback", envelope);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outputs = body.GetProperty("Outputs");
        Assert.Equal(401, outputs.GetProperty("res").GetProperty("statusCode").GetInt32());
        Assert.False(outputs.TryGetProperty("callbacks", out _));
        using var answer = JsonDocument.Parse(outputs.GetProperty("res").GetProperty("body").GetString()!);
        Assert.Equal("MissingHeaders", answer.RootElement.GetProperty("Code").GetString());
    }

    [Fact]
    public async Task Invoke_UnderTheHostDeclaredLengthOverTheLimit_Answers413()
    {
        await using var app = await SnapshotTestApp.StartAsync(Limit(100), underHost: true);
        var envelope = JsonSerializer.Serialize(new
        {
            Data = new { req = new { Url = "https://h/api/callbacks/snapshot", Method = "POST", Headers = new Dictionary<string, string[]> { ["Content-Length"] = ["5000"] }, Body = "{}" } },
        });

        var (_, body) = await Envelopes.PostAsync(app.Client, "snapshot-callback", envelope);

        Assert.Equal(413, body.GetProperty("Outputs").GetProperty("res").GetProperty("statusCode").GetInt32());
        Assert.False(body.GetProperty("Outputs").TryGetProperty("callbacks", out _));
    }

    [Fact]
    public async Task Post_LargeQuoteDenseBody_FitsTheQueueInTheFormTheStandaloneWriterProduces()
    {
        await using var app = await SnapshotTestApp.StartAsync(new Dictionary<string, string?>());
        var body = "{" + string.Join(",", Enumerable.Range(0, 3000).Select(i => $"\"k{i}\":\"<\u00e9>\"")) + "}";

        using var response = await app.Client.PostAsync("/api/callbacks/snapshot", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var written = Assert.Single(app.Writer.Written).Message;
        Assert.True(Encoding.UTF8.GetByteCount(written) <= SnapshotCallbackMessageJson.MaxJsonBytes);
        Assert.True(SnapshotCallbackMessageJson.TryDeserialize(written, out var message));
        Assert.True(message.RawBodyTruncated);
    }
}
