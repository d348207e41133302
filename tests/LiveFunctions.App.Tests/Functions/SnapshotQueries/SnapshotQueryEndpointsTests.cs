using System.Net;
using System.Text;
using System.Text.Json;
using LiveFunctions.App.Functions.SnapshotCallback;
using LiveFunctions.App.Tests.Functions.SnapshotCallback;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Processing;
using LiveFunctions.Core.Callbacks.Queue;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Functions.SnapshotQueries;

/// <summary><c>snapshots-latest</c> and <c>snapshots-history</c> over HTTP, reading a real Azurite.</summary>
[Collection(SnapshotAzuriteCollection.Name)]
public sealed class SnapshotQueryEndpointsTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Ten = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly string _stream = "stream-" + Guid.NewGuid().ToString("N")[..12];

    private string StreamPath => $"/api/domains/example.com/apps/liveApp/streams/{_stream}";

    private Task<TestApp> StartAsync() =>
        TestApp.StartAsync(underHost: true, a => a.MapSnapshotFunctions(), new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString },
            services => services.AddSnapshotFunctions());

    private async Task RecordAsync(TestApp app, DateTimeOffset time, string objectName)
    {
        var body = $$"""{"domain":"example.com","app":"liveApp","stream":"{{_stream}}","OssObject":"{{objectName}}","time":{{time.ToUnixTimeSeconds()}}}""";
        var auth = new CallbackAuthResult(true, CallbackAuthKey.None, CallbackAuthFailure.None, "no key", null);
        var text = SnapshotCallbackMessageJson.Serialize(SnapshotCallbackMessages.Create(Encoding.UTF8.GetBytes(body), auth, time.AddSeconds(1)));
        var result = await app.App.Services.GetRequiredService<Core.Callbacks.Processing.SnapshotProcessor>().ProcessAsync(text, Guid.NewGuid().ToString());
        Assert.Equal(SnapshotProcessingOutcome.Processed, result.Outcome);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(TestApp app, string path)
    {
        using var response = await app.Client.GetAsync(path);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    [Fact]
    public async Task GetLatest_NothingRecorded_Answers404WithTheErrorBody()
    {
        await using var app = await StartAsync();

        var (status, body) = await GetAsync(app, StreamPath + "/snapshots/latest");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("SnapshotNotFound", body.GetProperty("Code").GetString());
        Assert.Contains(_stream, body.GetProperty("Message").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("RequestId").GetString()));
    }

    [Fact]
    public async Task GetLatestAndHistory_AfterProcessing_ShowTheRecordedSnapshots()
    {
        await using var app = await StartAsync();
        await RecordAsync(app, Ten.AddMinutes(10), "s/b.jpg");
        await RecordAsync(app, Ten.AddMinutes(5), "s/a.jpg");

        var (latestStatus, latest) = await GetAsync(app, StreamPath + "/snapshots/latest");
        var (historyStatus, history) = await GetAsync(app, StreamPath + "/snapshots?from=2026-03-01T10:00:00Z&to=2026-03-01T11:00:00%2B00:00");

        Assert.Equal(HttpStatusCode.OK, latestStatus);
        Assert.Equal("s/b.jpg", latest.GetProperty("Snapshot").GetProperty("OssObject").GetString());
        Assert.False(latest.GetProperty("Authenticated").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, historyStatus);
        var objects = history.GetProperty("Snapshots").EnumerateArray().Select(s => s.GetProperty("Snapshot").GetProperty("OssObject").GetString());
        Assert.Equal(new[] { "s/a.jpg", "s/b.jpg" }, objects);
        Assert.Equal(_stream, history.GetProperty("StreamName").GetString());
        Assert.False(history.TryGetProperty("Continuation", out _));
    }

    [Fact]
    public async Task GetHistory_LimitOne_AnswersAContinuationThatReadsTheNextPage()
    {
        await using var app = await StartAsync();
        await RecordAsync(app, Ten.AddMinutes(1), "s/1.jpg");
        await RecordAsync(app, Ten.AddMinutes(2), "s/2.jpg");
        const string range = "from=2026-03-01T10:00:00Z&to=2026-03-01T11:00:00Z&limit=1";

        var (_, first) = await GetAsync(app, StreamPath + "/snapshots?" + range);
        var continuation = first.GetProperty("Continuation").GetString();
        var (_, second) = await GetAsync(app, StreamPath + "/snapshots?" + range + "&continuation=" + continuation);

        Assert.Equal("s/1.jpg", first.GetProperty("Snapshots")[0].GetProperty("Snapshot").GetProperty("OssObject").GetString());
        Assert.Equal("s/2.jpg", second.GetProperty("Snapshots")[0].GetProperty("Snapshot").GetProperty("OssObject").GetString());
    }

    [Theory]
    [InlineData("to=2026-03-01T11:00:00Z", "MissingFrom")]
    [InlineData("from=2026-03-01T10:00:00Z", "MissingTo")]
    [InlineData("from=yesterday&to=2026-03-01T11:00:00Z", "InvalidFrom.Malformed")]
    [InlineData("from=2026-03-01T10:00:00&to=2026-03-01T11:00:00Z", "InvalidFrom.Malformed")]
    [InlineData("from=2026-03-01T10:00:00Z&to=2026-02-30T11:00:00Z", "InvalidTo.Malformed")]
    [InlineData("from=2026-03-01T10:00:00Z&to=2026-03-01T10:00:00Z", "InvalidTo.Mismatch")]
    [InlineData("from=2026-03-01T11:00:00Z&to=2026-03-01T10:00:00Z", "InvalidTo.Mismatch")]
    [InlineData("from=2026-03-01T10:00:00Z&to=2026-03-01T11:00:00Z&limit=0", "InvalidLimit.Malformed")]
    [InlineData("from=2026-03-01T10:00:00Z&to=2026-03-01T11:00:00Z&limit=1001", "InvalidLimit.Malformed")]
    [InlineData("from=2026-03-01T10:00:00Z&to=2026-03-01T11:00:00Z&limit=ten", "InvalidLimit.Malformed")]
    [InlineData("from=2026-03-01T10:00:00Z&to=2026-03-01T11:00:00Z&continuation=..%2Fother", "InvalidContinuation.Malformed")]
    public async Task GetHistory_BadQuery_Answers400WithTheCodeAndTheErrorBody(string query, string code)
    {
        await using var app = await StartAsync();

        var (status, body) = await GetAsync(app, StreamPath + "/snapshots?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, body.GetProperty("Code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("Message").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("RequestId").GetString()));
        Assert.Equal(3, body.EnumerateObject().Count());
    }
}
