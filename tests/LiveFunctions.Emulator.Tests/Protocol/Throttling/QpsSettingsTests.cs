using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Protocol.Throttling;

public sealed class QpsLimitsDisabledTests : EmulatorTest
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Emulator:QpsLimits:Enabled"] = "false" };

    [Fact]
    public async Task Call_LimitsDisabled_NoCallThrottled()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            statuses.Add((await Client.CallAsync("UpdateLiveAppSnapshotConfig", Params(("DomainName", "example.com"), ("AppName", "app")))).Status);
        }

        // Every call reached the action (no config: InvalidConfig.NotFound), none was throttled.
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        var log = await Emulator.Http.GetStringAsync("/_emulator/requests");
        Assert.DoesNotContain("Throttling.User", log, StringComparison.Ordinal);
        Assert.Equal(40, CountOf(log, "InvalidConfig.NotFound"));
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}

public sealed class QpsLimitOverrideTests : EmulatorTest
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Emulator:QpsLimits:Overrides:DescribeLiveRecordConfig"] = "2/s",
        ["Emulator:QpsLimits:Overrides:UpdateLiveAppSnapshotConfig"] = "none",
        ["Emulator:QpsLimits:Default"] = "1/min",
    };

    [Fact]
    public async Task Call_OverriddenLimit_ReplacesTheDocumentedOne()
    {
        var first = await Describe();
        var second = await Describe();
        var third = await Describe();

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("Throttling.User", third.Code);
    }

    [Fact]
    public async Task Call_OverrideNone_LiftsTheDocumentedLimit()
    {
        for (var i = 0; i < 35; i++)
        {
            var answer = await Client.CallAsync("UpdateLiveAppSnapshotConfig", Params(("DomainName", "example.com"), ("AppName", "app")));
            Assert.Equal("InvalidConfig.NotFound", answer.Code);
        }
    }

    [Fact]
    public async Task Call_ActionWithoutDocumentedLimit_UsesTheDefault()
    {
        var first = await Client.CallAsync("DescribeLiveSnapshotNotifyConfig", Params(("DomainName", "example.com")));
        var second = await Client.CallAsync("DescribeLiveSnapshotNotifyConfig", Params(("DomainName", "example.com")));

        Assert.Equal("InvalidConfig.NotFound", first.Code);
        Assert.Equal("Throttling.User", second.Code);
    }

    private Task<ApiAnswer> Describe() => Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", "example.com")));
}
