using System.Globalization;
using System.Text;
using LiveFunctions.Core.Callbacks;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Intake;
using LiveFunctions.Core.Callbacks.Queue;
using LiveFunctions.Testing;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Tests.Callbacks.Intake;

public sealed class SnapshotCallbackIntakeTests
{
    private const string Host = "callbacks.example.com";
    private const string Key = "intake-key";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
    private static readonly string Stamp = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"domain":"d.com","app":"a","stream":"s","OssObject":"o.jpg","time":1700000000}""");

    private static SnapshotCallbackIntake Create(Action<SnapshotCallbackOptions>? configure = null)
    {
        var options = new SnapshotCallbackOptions { AuthKey = Key };
        configure?.Invoke(options);
        var wrapped = Options.Create(options);
        var time = new ManualTimeProvider(Now);
        return new SnapshotCallbackIntake(
            new SnapshotCallbackAuthenticator(wrapped, time, new ListLogger<SnapshotCallbackAuthenticator>()), wrapped, time);
    }

    [Fact]
    public void Receive_SignedCallback_Returns200WithTheQueueMessage()
    {
        var result = Create().Receive(Host, Stamp, CallbackSignature.Compute(Host, Stamp, Key), Body);

        Assert.Equal(200, result.StatusCode);
        Assert.True(result.Accepted);
        Assert.True(SnapshotCallbackMessageJson.TryDeserialize(result.QueueMessage!, out var queued));
        Assert.Equal(result.Message, queued);
        Assert.Equal(Now, queued.ReceivedAt);
        Assert.Equal(CallbackAuthKey.Current, queued.AuthenticatedWith);
        Assert.True(queued.Understood);
    }

    [Fact]
    public void Receive_BadSignature_Returns401WithTheFailureAndEnqueuesNothing()
    {
        var result = Create().Receive(Host, Stamp, CallbackSignature.Compute(Host, Stamp, "wrong"), Body);

        Assert.Equal(401, result.StatusCode);
        Assert.Equal(nameof(CallbackAuthFailure.WrongSignature), result.Code);
        Assert.False(result.Accepted);
        Assert.Null(result.QueueMessage);
        Assert.DoesNotContain(Key, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Receive_BodyOverTheLimit_Returns413BeforeAuthentication()
    {
        var result = Create(o => o.MaxBodyBytes = Body.Length - 1).Receive(Host, null, null, Body);

        Assert.Equal(413, result.StatusCode);
        Assert.Equal("BodyTooLarge", result.Code);
        Assert.Null(result.QueueMessage);
    }

    [Fact]
    public void Receive_BodyAtTheLimit_IsTaken()
    {
        var result = Create(o => o.MaxBodyBytes = Body.Length).Receive(Host, Stamp, CallbackSignature.Compute(Host, Stamp, Key), Body);

        Assert.Equal(200, result.StatusCode);
    }

    [Fact]
    public void Receive_UnparsableBody_IsStillEnqueuedWithTheFlag()
    {
        var body = Encoding.UTF8.GetBytes("event=live_snapshot&domain=d.com");

        var result = Create().Receive(Host, Stamp, CallbackSignature.Compute(Host, Stamp, Key), body);

        Assert.Equal(200, result.StatusCode);
        Assert.False(result.Message!.Understood);
        Assert.Equal("event=live_snapshot&domain=d.com", result.Message.RawBody);
    }

    [Fact]
    public async Task ReadBodyAsync_BodyWithinLimit_ReturnsAllBytes()
    {
        using var stream = new MemoryStream(new byte[20_000]);

        var body = await SnapshotCallbackIntake.ReadBodyAsync(stream, 20_000);

        Assert.Equal(20_000, body!.Length);
    }

    [Fact]
    public async Task ReadBodyAsync_BodyOverLimit_ReturnsNull()
    {
        using var stream = new MemoryStream(new byte[20_001]);

        Assert.Null(await SnapshotCallbackIntake.ReadBodyAsync(stream, 20_000));
    }

    [Fact]
    public async Task ReadBodyAsync_HugeBody_ReadsAtMostOneByteOverTheLimit()
    {
        using var stream = new MemoryStream(new byte[1_000_000]);

        Assert.Null(await SnapshotCallbackIntake.ReadBodyAsync(stream, 20_000));
        Assert.Equal(20_001, stream.Position);
    }

    [Fact]
    public async Task ReadBodyAsync_EmptyBody_ReturnsNoBytes()
    {
        using var stream = new MemoryStream();

        Assert.Empty((await SnapshotCallbackIntake.ReadBodyAsync(stream, 10))!);
    }

    [Fact]
    public void Receive_WithReceiptId_PutsItInTheQueueMessage()
    {
        var result = Create().Receive(Host, Stamp, CallbackSignature.Compute(Host, Stamp, Key), Body, "invocation-1");

        Assert.True(SnapshotCallbackMessageJson.TryDeserialize(result.QueueMessage!, out var queued));
        Assert.Equal("invocation-1", queued.ReceiptId);
    }
}
