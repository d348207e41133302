using System.Net;
using System.Text.Json;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Intake;
using LiveFunctions.Core.Callbacks.Queue;

namespace LiveFunctions.App.Tests.Functions.SnapshotCallback;

/// <summary>ALI-LIVE-* authentication of <c>POST /api/callbacks/snapshot</c>, over real HTTP against the app (standalone).</summary>
public sealed class SnapshotCallbackAuthenticationTests
{
    private const string Body = """{"event":"live_snapshot","domain":"example.com","app":"liveApp","stream":"liveStream","OssBucket":"liveBucket","OssObject":"snapshot/liveApp/liveStream/1772359190.jpg","time":1772359190}""";
    private static readonly DateTimeOffset Now = SnapshotTestApp.Now;

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(SnapshotTestApp app, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await app.Client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            using var document = JsonDocument.Parse(text);
            return (response.StatusCode, document.RootElement.Clone());
        }
    }

    private static void AssertRefused(SnapshotTestApp app, (HttpStatusCode Status, JsonElement Body) answer, CallbackAuthFailure failure)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal(failure.ToString(), answer.Body.GetProperty("Code").GetString());
        Assert.False(string.IsNullOrEmpty(answer.Body.GetProperty("Message").GetString()));
        Assert.False(string.IsNullOrEmpty(answer.Body.GetProperty("RequestId").GetString()));
        Assert.Empty(app.Writer.Written);
        Assert.Contains(app.Logs.Lines, l => l.EventId == 7001 && l.Level == LogLevel.Warning && l.Message.Contains(failure.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Message.Contains(SnapshotTestApp.Key, StringComparison.Ordinal) || l.Message.Contains(SnapshotTestApp.PreviousKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ValidSignature_Answers200AndQueuesTheMessageOnSnapshotCallbacks()
    {
        await using var app = await SnapshotTestApp.StartAsync(SnapshotTestApp.KeySettings());

        var (status, body) = await SendAsync(app, SnapshotTestApp.Callback(Body, Now, SnapshotTestApp.Key));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Accepted", body.GetProperty("Code").GetString());
        var (queue, text) = Assert.Single(app.Writer.Written);
        Assert.Equal(SnapshotCallbackIntake.QueueName, queue);
        Assert.True(SnapshotCallbackMessageJson.TryDeserialize(text, out var message));
        Assert.Equal(CallbackAuthKey.Current, message.AuthenticatedWith);
        Assert.Equal(SnapshotTestApp.CallbackHost, message.CallbackHost);
        Assert.Equal(Now, message.ReceivedAt);
        Assert.Equal(body.GetProperty("RequestId").GetString(), message.ReceiptId);
        Assert.Equal(body.GetProperty("DedupeKey").GetString(), message.DedupeKey);
        Assert.Equal("liveStream", message.Snapshot!.StreamName);
        Assert.Equal(Body, message.RawBody);
    }

    [Fact]
    public async Task Post_SignedWithAnotherKey_Answers401WrongSignatureAndQueuesNothing()
    {
        await using var app = await SnapshotTestApp.StartAsync(SnapshotTestApp.KeySettings());

        var answer = await SendAsync(app, SnapshotTestApp.Callback(Body, Now, "some-other-key-0000"));

        AssertRefused(app, answer, CallbackAuthFailure.WrongSignature);
    }

    [Fact]
    public async Task Post_SignedForAnotherHost_Answers401WrongSignature()
    {
        await using var app = await SnapshotTestApp.StartAsync(SnapshotTestApp.KeySettings());

        var answer = await SendAsync(app, SnapshotTestApp.Callback(Body, Now, SnapshotTestApp.Key, host: "evil.example.com"));

        AssertRefused(app, answer, CallbackAuthFailure.WrongSignature);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(300)]
    public async Task Post_TimestampOutsideTheSkewWindow_Answers401Stale(int offsetSeconds)
    {
        await using var app = await SnapshotTestApp.StartAsync(SnapshotTestApp.KeySettings());

        var answer = await SendAsync(app, SnapshotTestApp.Callback(Body, Now.AddSeconds(offsetSeconds), SnapshotTestApp.Key));

        AssertRefused(app, answer, CallbackAuthFailure.Stale);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task Post_MissingHeaders_Answers401MissingHeaders(bool withTimestamp, bool withSignature)
    {
        await using var app = await SnapshotTestApp.StartAsync(SnapshotTestApp.KeySettings());
        var request = SnapshotTestApp.Callback(Body, Now, SnapshotTestApp.Key);
        if (!withTimestamp)
        {
            request.Headers.Remove(SnapshotCallbackHeaders.Timestamp);
        }

        if (!withSignature)
        {
            request.Headers.Remove(SnapshotCallbackHeaders.Signature);
        }

        var answer = await SendAsync(app, request);

        AssertRefused(app, answer, CallbackAuthFailure.MissingHeaders);
    }

    [Fact]
    public async Task Post_CapturedRequestReplayedAfterTheWindow_Answers401StaleAndQueuesOnlyTheOriginal()
    {
        await using var app = await SnapshotTestApp.StartAsync(SnapshotTestApp.KeySettings());
        var original = SnapshotTestApp.Callback(Body, Now, SnapshotTestApp.Key);
        var stamp = original.Headers.GetValues(SnapshotCallbackHeaders.Timestamp).Single();
        var signature = original.Headers.GetValues(SnapshotCallbackHeaders.Signature).Single();
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(app, original)).Status);

        app.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var replay = SnapshotTestApp.Callback(Body, at: null, key: null);
        replay.Headers.Add(SnapshotCallbackHeaders.Timestamp, stamp);
        replay.Headers.Add(SnapshotCallbackHeaders.Signature, signature);
        var (status, body) = await SendAsync(app, replay);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(nameof(CallbackAuthFailure.Stale), body.GetProperty("Code").GetString());
        Assert.Single(app.Writer.Written);
    }

    [Fact]
    public async Task Post_PreviousKey_AcceptedInsideTheRotationWindowOnlyAndRefusedFromItsEnd()
    {
        var validUntil = Now.AddHours(1);
        await using var app = await SnapshotTestApp.StartAsync(SnapshotTestApp.KeySettings(new Dictionary<string, string?>
        {
            ["SnapshotCallbacks:PreviousAuthKey"] = SnapshotTestApp.PreviousKey,
            ["SnapshotCallbacks:PreviousAuthKeyValidUntil"] = validUntil.ToString("O"),
        }));

        var inside = await SendAsync(app, SnapshotTestApp.Callback(Body, Now, SnapshotTestApp.PreviousKey));
        app.Time.SetUtcNow(validUntil); // The window is half-open: at its end the previous key is no longer taken.
        var after = await SendAsync(app, SnapshotTestApp.Callback(Body, validUntil, SnapshotTestApp.PreviousKey));
        var current = await SendAsync(app, SnapshotTestApp.Callback(Body, validUntil, SnapshotTestApp.Key));

        Assert.Equal(HttpStatusCode.OK, inside.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, after.Status);
        Assert.Equal(nameof(CallbackAuthFailure.WrongSignature), after.Body.GetProperty("Code").GetString());
        Assert.Equal(HttpStatusCode.OK, current.Status);
        var keys = app.Writer.Written.Select(w => SnapshotCallbackMessageJson.TryDeserialize(w.Message, out var m) ? m.AuthenticatedWith : (CallbackAuthKey?)null);
        Assert.Equal(new CallbackAuthKey?[] { CallbackAuthKey.Previous, CallbackAuthKey.Current }, keys);
    }

    [Fact]
    public async Task Post_NoKeyConfigured_AcceptsUnauthenticatedAndWarnsOnce()
    {
        await using var app = await SnapshotTestApp.StartAsync(new Dictionary<string, string?>());

        var first = await SendAsync(app, SnapshotTestApp.Callback(Body, at: null, key: null));
        var second = await SendAsync(app, SnapshotTestApp.Callback(Body, at: null, key: null));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(2, app.Writer.Written.Count);
        Assert.All(app.Writer.Written, w => Assert.Contains("\"AuthenticatedWith\":\"None\"", w.Message, StringComparison.Ordinal));
        Assert.Single(app.Logs.Lines, l => l.EventId == 7002);
    }

    [Fact]
    public async Task Start_RequireAuthKeyWithoutKey_FailsNamingTheSettings()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => SnapshotTestApp.StartAsync(new Dictionary<string, string?>
        {
            ["SnapshotCallbacks:RequireAuthKey"] = "true",
        }));

        Assert.Contains("SnapshotCallbacks:RequireAuthKey", error.Message, StringComparison.Ordinal);
    }
}
