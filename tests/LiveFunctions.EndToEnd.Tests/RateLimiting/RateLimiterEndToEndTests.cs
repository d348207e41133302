using System.Net;
using LiveFunctions.EndToEnd.Tests.Support;

namespace LiveFunctions.EndToEnd.Tests.RateLimiting;

/// <summary>The durable rate limiter in the app (its real Program), against the emulator with its QPS limits on.</summary>
[Collection(PackCollection.Name)]
public sealed class RateLimiterEndToEndTests(PackFixture pack) : IAsyncLifetime
{
    private const string Action = "UpdateLiveAppSnapshotConfig"; // documented (and emulated) at 30/s

    public Task InitializeAsync() => pack.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task App_ThrottledOnce_RetriedOkAndRateLimitsShowsThePenalty()
    {
        var before = await ThrottleCountAsync();
        await pack.Alibaba.CallAsync(
            Core.OpenApi.AlibabaProduct.Live, "AddLiveAppSnapshotConfig",
            ("DomainName", "example.com"), ("AppName", "liveApp"), ("TimeInterval", "5"), ("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"),
            ("OssBucket", "snap-bucket"), ("SequenceOssObject", "snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg"));
        await pack.Emulator.SetFaultsAsync(new EmulatorFault(Action, "Throttle", Count: 1));

        var (response, _) = await pack.App.SendJsonAsync(HttpMethod.Put, "/api/domains/example.com/apps/liveApp/snapshot-config", """{"TimeInterval":30}""");
        var (listed, body) = await pack.App.SendJsonAsync(HttpMethod.Get, "/api/rate-limits", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.True(body.GetProperty("ClockCalibrated").GetBoolean()); // it granted the calls above, so it has started
        var uncertainty = body.GetProperty("ClockUncertaintyMs").GetDouble();
        Assert.InRange(uncertainty, 0, 1000); // bounded by the Date headers' one-second resolution at worst
        var key = body.GetProperty("Keys").EnumerateArray().Single(k => k.GetProperty("Action").GetString() == Action);
        Assert.Equal(("testid", "Live", "30/s"), (key.GetProperty("AccessKeyId").GetString(), key.GetProperty("Product").GetString(), key.GetProperty("Limit").GetString()));
        Assert.Equal(before + 1, key.GetProperty("ThrottleCount").GetInt64());
        Assert.Equal("Throttling.User", key.GetProperty("LastThrottleCode").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.String, key.GetProperty("PenaltyUntil").ValueKind);
        Assert.True(key.GetProperty("EffectiveRate").GetDouble() < 15, key.GetRawText()); // halved: 0.9 × 30 / 1.05 × 0.5 ≈ 12.9
        Assert.True(key.GetProperty("Granted").GetInt64() >= 2); // the throttled attempt and its retry
    }

    private async Task<long> ThrottleCountAsync()
    {
        var (_, body) = await pack.App.SendJsonAsync(HttpMethod.Get, "/api/rate-limits", null);
        return body.GetProperty("Keys").EnumerateArray()
            .Where(k => k.GetProperty("Action").GetString() == Action)
            .Select(k => k.GetProperty("ThrottleCount").GetInt64())
            .SingleOrDefault();
    }
}
