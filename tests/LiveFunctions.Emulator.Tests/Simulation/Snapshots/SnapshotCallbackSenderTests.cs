using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LiveFunctions.Emulator.Simulation.Snapshots;

namespace LiveFunctions.Emulator.Tests.Simulation.Snapshots;

/// <summary>Delivery like the service's: signed with ALI-LIVE-*, 5 retries 1 s apart, 5 s timeout — all on the fake clock.</summary>
public sealed class SnapshotCallbackSenderTests
{
    private const string Payload = """{"event":"live_snapshot","domain":"example.com"}""";
    private const string Key = "abcdefgh12345678";

    [Fact]
    public async Task DeliverAsync_WithAuthKey_ReceiverSeesJsonPostAndAValidSignature()
    {
        var clock = new ObservedTimeProvider(SimulationHarness.DefaultNow);
        using var sim = new SimulationHarness(observed: clock);
        await using var receiver = await CallbackReceiver.StartAsync(clock);

        var delivery = await sim.Get<SnapshotCallbackSender>().DeliverAsync(receiver.Url, Payload, Key, CancellationToken.None);

        var received = await receiver.NextAsync();
        Assert.True(delivery.Delivered);
        Assert.Equal("POST", received.Method);
        Assert.StartsWith("application/json", received.ContentType);
        Assert.Equal(Payload, received.Body);
        var timestamp = received.Headers["ALI-LIVE-TIMESTAMP"];
        Assert.Equal(SimulationHarness.DefaultNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), timestamp);
        // Independently: md5("<host of the callback URL, no port>|<timestamp>|<key>") in lower-case hex.
        var expected = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes($"127.0.0.1|{timestamp}|{Key}")));
        Assert.Equal(expected, received.Headers["ALI-LIVE-SIGNATURE"]);
    }

    [Fact]
    public async Task DeliverAsync_WithoutAuthKey_SendsNoSignatureHeaders()
    {
        var clock = new ObservedTimeProvider(SimulationHarness.DefaultNow);
        using var sim = new SimulationHarness(observed: clock);
        await using var receiver = await CallbackReceiver.StartAsync(clock);

        await sim.Get<SnapshotCallbackSender>().DeliverAsync(receiver.Url, Payload, null, CancellationToken.None);

        var received = await receiver.NextAsync();
        Assert.False(received.Headers.ContainsKey("ALI-LIVE-TIMESTAMP"));
        Assert.False(received.Headers.ContainsKey("ALI-LIVE-SIGNATURE"));
    }

    [Fact]
    public async Task DeliverAsync_ReceiverFailsTwiceThenSucceeds_DeliversOnTheThirdAttemptOneSecondApart()
    {
        var clock = new ObservedTimeProvider(SimulationHarness.DefaultNow);
        using var sim = new SimulationHarness(observed: clock);
        await using var receiver = await CallbackReceiver.StartAsync(clock, 500, 503);

        var delivering = sim.Get<SnapshotCallbackSender>().DeliverAsync(receiver.Url, Payload, Key, CancellationToken.None);
        var received = new List<ReceivedCallback> { await receiver.NextAsync() };
        for (var retry = 0; retry < 2; retry++)
        {
            await clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));
            clock.Advance(TimeSpan.FromSeconds(1));
            received.Add(await receiver.NextAsync());
        }

        var delivery = await delivering.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(delivery.Delivered);
        Assert.Equal([500, 503, 200], delivery.Attempts.Select(a => a.StatusCode));
        Assert.Equal(3, received.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], received.Zip(received.Skip(1), (a, b) => b.At - a.At));
        // The signature is made afresh for each attempt, with that attempt's timestamp.
        Assert.NotEqual(received[0].Headers["ALI-LIVE-TIMESTAMP"], received[1].Headers["ALI-LIVE-TIMESTAMP"]);
        Assert.False(receiver.TryTake(out _));
    }

    [Fact]
    public async Task DeliverAsync_AllSixAttemptsFail_GivesUp()
    {
        var clock = new ObservedTimeProvider(SimulationHarness.DefaultNow);
        using var sim = new SimulationHarness(observed: clock);
        await using var receiver = await CallbackReceiver.StartAsync(clock, 500, 500, 500, 500, 500, 500, 500);

        var delivering = sim.Get<SnapshotCallbackSender>().DeliverAsync(receiver.Url, Payload, Key, CancellationToken.None);
        await receiver.NextAsync();
        for (var retry = 0; retry < 5; retry++)
        {
            await clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));
            clock.Advance(TimeSpan.FromSeconds(1));
            await receiver.NextAsync();
        }

        var delivery = await delivering.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(delivery.Delivered);
        Assert.Equal(6, delivery.Attempts.Count);
        Assert.All(delivery.Attempts, a => Assert.Equal(500, a.StatusCode));
        Assert.Equal(TimeSpan.FromSeconds(5), delivery.Attempts[^1].At - delivery.Attempts[0].At);
        Assert.False(receiver.TryTake(out _)); // no seventh attempt
    }

    [Fact]
    public async Task DeliverAsync_ReceiverDoesNotAnswerWithinFiveSeconds_CountsAsFailureAndRetries()
    {
        var clock = new ObservedTimeProvider(SimulationHarness.DefaultNow);
        using var sim = new SimulationHarness(observed: clock);
        await using var receiver = await CallbackReceiver.StartAsync(clock, 0);

        var delivering = sim.Get<SnapshotCallbackSender>().DeliverAsync(receiver.Url, Payload, null, CancellationToken.None);
        await receiver.NextAsync();
        clock.Advance(TimeSpan.FromSeconds(5));
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(1));
        await receiver.NextAsync();

        var delivery = await delivering.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(delivery.Delivered);
        Assert.Null(delivery.Attempts[0].StatusCode);
        Assert.Contains("5 s", delivery.Attempts[0].Error, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(6), delivery.Attempts[1].At - delivery.Attempts[0].At);
    }

    [Fact]
    public void Redacted_UrlWithFunctionKey_DropsTheQuery()
    {
        Assert.Equal("https://app.example.net/api/callbacks/snapshot", SnapshotCallbackSender.Redacted(new Uri("https://app.example.net/api/callbacks/snapshot?code=secret")));
    }
}
