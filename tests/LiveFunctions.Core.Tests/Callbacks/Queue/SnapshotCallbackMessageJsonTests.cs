using System.Text.Json;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Parsing;
using LiveFunctions.Core.Callbacks.Queue;

namespace LiveFunctions.Core.Tests.Callbacks.Queue;

public sealed class SnapshotCallbackMessageJsonTests
{
    private const string Key = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static SnapshotCallbackMessage Understood() => new()
    {
        ReceivedAt = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero),
        AuthenticatedWith = CallbackAuthKey.Previous,
        CallbackHost = "callbacks.example.com",
        Understood = true,
        Snapshot = new SnapshotEvent("example.com", "liveApp", "liveStream", DateTimeOffset.FromUnixTimeMilliseconds(1519375990123),
            "oss-cn-shanghai.aliyuncs.com", "liveBucket", "s/1.jpg", "live_snapshot"),
        DedupeKey = Key,
        RawBody = "{\"domain\":\"example.com\"}",
        RawBodyBytes = 24,
        RawBodySha256 = Key,
    };

    [Fact]
    public void Serialize_Message_UsesPascalCaseNamesAndEnumNames()
    {
        using var json = JsonDocument.Parse(SnapshotCallbackMessageJson.Serialize(Understood()));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("Version").GetInt32());
        Assert.Equal("2026-03-01T10:00:00+00:00", root.GetProperty("ReceivedAt").GetString());
        Assert.Equal("Previous", root.GetProperty("AuthenticatedWith").GetString());
        Assert.True(root.GetProperty("Authenticated").GetBoolean());
        Assert.Equal("callbacks.example.com", root.GetProperty("CallbackHost").GetString());
        Assert.True(root.GetProperty("Understood").GetBoolean());
        Assert.Equal("liveStream", root.GetProperty("Snapshot").GetProperty("StreamName").GetString());
        Assert.Equal("2018-02-23T08:53:10.123+00:00", root.GetProperty("Snapshot").GetProperty("SnapshotTime").GetString());
        Assert.Equal(Key, root.GetProperty("DedupeKey").GetString());
        Assert.Equal("{\"domain\":\"example.com\"}", root.GetProperty("RawBody").GetString());
        Assert.False(root.GetProperty("RawBodyTruncated").GetBoolean());
        Assert.False(root.TryGetProperty("Problem", out _));
    }

    [Fact]
    public void TryDeserialize_SerializedMessage_RoundTrips()
    {
        var message = Understood();

        Assert.True(SnapshotCallbackMessageJson.TryDeserialize(SnapshotCallbackMessageJson.Serialize(message), out var read));
        Assert.Equal(message, read);
    }

    [Fact]
    public void TryDeserialize_NotUnderstoodMessage_RoundTrips()
    {
        var message = Understood() with { Understood = false, Snapshot = null, Problem = "The body is not JSON (UTF-8).", RawBody = "é <xml/>" };

        Assert.True(SnapshotCallbackMessageJson.TryDeserialize(SnapshotCallbackMessageJson.Serialize(message), out var read));
        Assert.Equal(message, read);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("""{"ReceivedAt":"2026-03-01T10:00:00Z"}""")]
    public void TryDeserialize_NotAMessage_ReturnsFalse(string json)
    {
        Assert.False(SnapshotCallbackMessageJson.TryDeserialize(json, out var message));
        Assert.Null(message);
    }

    [Fact]
    public void TryDeserialize_UnknownVersion_ReturnsFalse()
    {
        var json = SnapshotCallbackMessageJson.Serialize(Understood() with { Version = 2 });

        Assert.False(SnapshotCallbackMessageJson.TryDeserialize(json, out _));
    }

    [Fact]
    public void TryDeserialize_UnderstoodWithoutSnapshot_ReturnsFalse()
    {
        var json = SnapshotCallbackMessageJson.Serialize(Understood() with { Snapshot = null });

        Assert.False(SnapshotCallbackMessageJson.TryDeserialize(json, out _));
    }

    [Fact]
    public void TryDeserialize_MalformedDedupeKey_ReturnsFalse()
    {
        var json = SnapshotCallbackMessageJson.Serialize(Understood() with { DedupeKey = "../../etc" });

        Assert.False(SnapshotCallbackMessageJson.TryDeserialize(json, out _));
    }
}
