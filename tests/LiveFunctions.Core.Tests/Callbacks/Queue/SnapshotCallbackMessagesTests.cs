using System.Security.Cryptography;
using System.Text;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Parsing;
using LiveFunctions.Core.Callbacks.Queue;

namespace LiveFunctions.Core.Tests.Callbacks.Queue;

public sealed class SnapshotCallbackMessagesTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly CallbackAuthResult Current = new(true, CallbackAuthKey.Current, CallbackAuthFailure.None, "ok", "callbacks.example.com");
    private const string Body = """{"event":"live_snapshot","domain":"example.com","app":"liveApp","stream":"liveStream","OssObject":"s/1.jpg","time":1519375990}""";

    // The budget holds for the strictest escaping on the way to the queue (the standalone output writer's).
    private static int JsonBytes(SnapshotCallbackMessage message) => SnapshotCallbackMessageJson.StrictByteCount(message);

    private static int RelaxedBytes(SnapshotCallbackMessage message) => Encoding.UTF8.GetByteCount(SnapshotCallbackMessageJson.Serialize(message));

    [Fact]
    public void Create_UnderstoodBody_CarriesReceiptSnapshotKeyAndRawBody()
    {
        var bytes = Encoding.UTF8.GetBytes(Body);

        var message = SnapshotCallbackMessages.Create(bytes, Current, ReceivedAt.ToOffset(TimeSpan.FromHours(8)));

        Assert.Equal(ReceivedAt, message.ReceivedAt);
        Assert.Equal(TimeSpan.Zero, message.ReceivedAt.Offset);
        Assert.Equal(CallbackAuthKey.Current, message.AuthenticatedWith);
        Assert.True(message.Authenticated);
        Assert.Equal("callbacks.example.com", message.CallbackHost);
        Assert.True(message.Understood);
        Assert.Null(message.Problem);
        Assert.Equal("liveStream", message.Snapshot!.StreamName);
        Assert.Equal(SnapshotDedupeKey.For(message.Snapshot), message.DedupeKey);
        Assert.Equal(Body, message.RawBody);
        Assert.Equal(bytes.Length, message.RawBodyBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), message.RawBodySha256);
        Assert.False(message.RawBodyTruncated);
    }

    [Fact]
    public void Create_BodyNotUnderstood_IsKeptWithTheFlagAndKeyedByItsBytes()
    {
        var bytes = Encoding.UTF8.GetBytes("<xml>not json</xml>");

        var message = SnapshotCallbackMessages.Create(bytes, Current, ReceivedAt);

        Assert.False(message.Understood);
        Assert.Null(message.Snapshot);
        Assert.Contains("not JSON", message.Problem, StringComparison.Ordinal);
        Assert.Equal("<xml>not json</xml>", message.RawBody);
        Assert.Equal(SnapshotDedupeKey.ForRawBody(bytes), message.DedupeKey);
    }

    [Fact]
    public void Create_UnauthenticatedAcceptance_IsMarkedNone()
    {
        var none = new CallbackAuthResult(true, CallbackAuthKey.None, CallbackAuthFailure.None, "no key", null);

        var message = SnapshotCallbackMessages.Create(Encoding.UTF8.GetBytes(Body), none, ReceivedAt);

        Assert.Equal(CallbackAuthKey.None, message.AuthenticatedWith);
        Assert.False(message.Authenticated);
        Assert.Null(message.CallbackHost);
    }

    [Fact]
    public void Create_LargestAllowedBodyOfQuotes_IsTruncatedToFitTheQueueBudget()
    {
        // 64 KiB of '"' serialises to 128 KiB (each becomes \") or, strictly escaped, 384 KiB (\u0022): far over the budget.
        var bytes = Encoding.UTF8.GetBytes(new string('"', 64 * 1024));

        var message = SnapshotCallbackMessages.Create(bytes, Current, ReceivedAt);

        Assert.True(message.RawBodyTruncated);
        Assert.Equal(64 * 1024, message.RawBodyBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), message.RawBodySha256);
        Assert.True(JsonBytes(message) <= SnapshotCallbackMessageJson.MaxJsonBytes);
        // The longest fitting prefix: one more character would not fit.
        Assert.True(JsonBytes(message with { RawBody = message.RawBody + "\"" }) > SnapshotCallbackMessageJson.MaxJsonBytes);
        Assert.StartsWith(message.RawBody, new string('"', 64 * 1024), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnderstoodBodyPaddedToTheMaximum_KeepsTheSnapshotAndFits()
    {
        var padding = new string('x', 64 * 1024 - Body.Length - 20);
        var body = Body[..^1] + $$""","pad":"{{padding}}"}""";
        var bytes = Encoding.UTF8.GetBytes(body);

        var message = SnapshotCallbackMessages.Create(bytes, Current, ReceivedAt);

        Assert.True(message.Understood);
        Assert.True(message.RawBodyTruncated);
        Assert.True(JsonBytes(message) <= SnapshotCallbackMessageJson.MaxJsonBytes);
        Assert.StartsWith(message.RawBody, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LargestFieldsOfTheWidestCharacters_StillFitWithoutRawBody()
    {
        var field = string.Concat(Enumerable.Repeat("\U0001F600", SnapshotCallbackParser.MaxFieldLength / 2));
        var body = $$"""
            {"event":"snapshot{{field[..^10]}}","domain":"{{field}}","app":"{{field}}","stream":"{{field}}",
             "OssEndpoint":"{{field}}","OssBucket":"{{field}}","OssObject":"{{field}}","time":1519375990}
            """;

        var message = SnapshotCallbackMessages.Create(Encoding.UTF8.GetBytes(body), Current, ReceivedAt);

        Assert.True(message.Understood, message.Problem);
        Assert.True(JsonBytes(message) <= SnapshotCallbackMessageJson.MaxJsonBytes);
    }

    [Fact]
    public void Create_WithReceiptId_CarriesItThroughTheJson()
    {
        var message = SnapshotCallbackMessages.Create(Encoding.UTF8.GetBytes(Body), Current, ReceivedAt, "3f2c9e4a-invocation");

        Assert.True(SnapshotCallbackMessageJson.TryDeserialize(SnapshotCallbackMessageJson.Serialize(message), out var read));
        Assert.Equal("3f2c9e4a-invocation", read.ReceiptId);
    }

    [Fact]
    public void Create_ReceiptIdOverTheLimit_Throws()
    {
        var tooLong = new string('r', SnapshotCallbackMessages.MaxReceiptIdLength + 1);

        Assert.Throws<ArgumentException>(() => SnapshotCallbackMessages.Create(Encoding.UTF8.GetBytes(Body), Current, ReceivedAt, tooLong));
    }

    [Fact]
    public void Create_QuoteDenseBody_FitsInTheStrictFormWhichBoundsTheWrittenForm()
    {
        // Re-serialised with System.Text.Json's default encoder (what the standalone writer does), '"' becomes \u0022.
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("\"k\":\"<é>\",", 4000)));

        var message = SnapshotCallbackMessages.Create(bytes, Current, ReceivedAt);
        var rewritten = System.Text.Json.Nodes.JsonNode.Parse(SnapshotCallbackMessageJson.Serialize(message))!.ToJsonString();

        Assert.True(message.RawBodyTruncated);
        Assert.True(Encoding.UTF8.GetByteCount(rewritten) <= SnapshotCallbackMessageJson.MaxJsonBytes);
        Assert.True(RelaxedBytes(message) < JsonBytes(message));
    }

    [Fact]
    public void Create_MultiByteBodyCut_DoesNotSplitASurrogatePair()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("\U0001F600", 16 * 1024)));

        var message = SnapshotCallbackMessages.Create(bytes, Current, ReceivedAt);

        Assert.True(message.RawBodyTruncated);
        Assert.False(char.IsHighSurrogate(message.RawBody[^1]));
        Assert.True(JsonBytes(message) <= SnapshotCallbackMessageJson.MaxJsonBytes);
    }
}
