using System.Net;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Protocol.Throttling;

/// <summary>The documented limits over HTTP: exact sliding windows per account and action.</summary>
public sealed class QpsThrottleTests : EmulatorTest
{
    private static readonly Dictionary<string, string> RecordConfig = new()
    {
        ["DomainName"] = "example.com",
        ["AppName"] = "app",
        ["OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
        ["RecordFormat.1.Format"] = "flv",
    };

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Emulator:Credentials:0:AccessKeyId"] = "testid",
        ["Emulator:Credentials:0:AccessKeySecret"] = "testsecret",
        ["Emulator:Credentials:1:AccessKeyId"] = "other",
        ["Emulator:Credentials:1:AccessKeySecret"] = "other-secret",
        ["Emulator:Credentials:2:AccessKeyId"] = "ram-user",
        ["Emulator:Credentials:2:AccessKeySecret"] = "ram-secret",
        ["Emulator:Credentials:2:Account"] = "testid",
    };

    [Fact]
    public async Task Call_UpdateLiveAppRecordConfig30InOneSecond_31stThrottled()
    {
        await AddRecordConfigAsync();

        var statuses = await CallTimesAsync(Client, 30);
        var refused = await UpdateAsync(Client);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Throttling.User", refused.Code);
        Assert.Equal("Request was denied due to user flow control.", refused.Message);
    }

    [Fact]
    public async Task Call_AfterWindowSlidesPastTheCalls_AcceptedAgain()
    {
        await AddRecordConfigAsync();
        await CallTimesAsync(Client, 30);
        Emulator.Clock.Advance(TimeSpan.FromMilliseconds(999));
        var stillRefused = await UpdateAsync(Client);

        Emulator.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var accepted = await CallTimesAsync(Client, 30);

        Assert.Equal("Throttling.User", stillRefused.Code);
        Assert.All(accepted, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Call_WindowIsSlidingNotFixed_CallsOfTheLastSecondStillCount()
    {
        await AddRecordConfigAsync();
        await CallTimesAsync(Client, 20);
        Emulator.Clock.Advance(TimeSpan.FromMilliseconds(500));
        await CallTimesAsync(Client, 10);
        Emulator.Clock.Advance(TimeSpan.FromMilliseconds(500));

        // The first 20 left the window; the 10 of half a second ago are still in it: 20 more, not 30.
        var accepted = await CallTimesAsync(Client, 20);
        var refused = await UpdateAsync(Client);

        Assert.All(accepted, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal("Throttling.User", refused.Code);
    }

    [Fact]
    public async Task Call_RefusedCalls_DoNotTakeASlot()
    {
        await AddRecordConfigAsync();
        await CallTimesAsync(Client, 30);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("Throttling.User", (await UpdateAsync(Client)).Code);
        }

        Emulator.Clock.Advance(TimeSpan.FromSeconds(1));
        var accepted = await CallTimesAsync(Client, 30);

        Assert.All(accepted, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Call_OtherAccount_HasItsOwnWindow()
    {
        await AddRecordConfigAsync();
        await CallTimesAsync(Client, 30);

        var other = await UpdateAsync(Emulator.ClientFor("other", "other-secret"));

        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task Call_KeyOfTheSameAccount_SharesTheWindow()
    {
        await AddRecordConfigAsync();
        await CallTimesAsync(Client, 30);

        var sameAccount = await UpdateAsync(Emulator.ClientFor("ram-user", "ram-secret"));

        Assert.Equal("Throttling.User", sameAccount.Code);
    }

    [Fact]
    public async Task Call_OtherAction_HasItsOwnWindow()
    {
        await AddRecordConfigAsync();
        await CallTimesAsync(Client, 30);

        var describe = await Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", "example.com")));

        Assert.Equal(HttpStatusCode.OK, describe.Status);
    }

    [Fact]
    public async Task Call_BadSignatureOverTheLimit_AnswersSignatureErrorAndTakesNoSlot()
    {
        await AddRecordConfigAsync();
        var bad = await Client.CallAsync("UpdateLiveAppRecordConfig", RecordConfig, new CallOptions { SigningSecret = "wrong" });

        var accepted = await CallTimesAsync(Client, 30);

        Assert.Equal("SignatureDoesNotMatch", bad.Code);
        Assert.All(accepted, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Call_AddLiveRecordVodConfig1000InAMinute_1001stThrottledUntilTheMinuteSlides()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 1000; i++)
        {
            statuses.Add((await AddVodAsync(i)).Status);
            if (i % 100 == 99 && i < 999)
            {
                Emulator.Clock.Advance(TimeSpan.FromSeconds(5));
            }
        }

        // 100 calls at each of t = 0, 5, …, 45 s; now t = 45 s.
        var refused = await AddVodAsync(1000);
        Emulator.Clock.Advance(TimeSpan.FromMilliseconds(14_999));
        var stillRefused = await AddVodAsync(1001);
        Emulator.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var accepted = await AddVodAsync(1002);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal("Throttling.User", refused.Code);
        Assert.Equal("Throttling.User", stillRefused.Code);
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
    }

    [Fact]
    public async Task GetThrottling_AfterLimitReached_ReportsAcceptedAndThrottledPerAction()
    {
        await AddRecordConfigAsync();
        await CallTimesAsync(Client, 30);
        await UpdateAsync(Client);
        await UpdateAsync(Client);

        var report = JsonNode.Parse(await Emulator.Http.GetStringAsync("/_emulator/throttling"))!;

        Assert.True((bool)report["Enabled"]!);
        var update = report["Actions"]!.AsArray().Single(a => (string?)a!["Action"] == "UpdateLiveAppRecordConfig")!;
        Assert.Equal(30, (long)update["Accepted"]!);
        Assert.Equal(2, (long)update["Throttled"]!);
        Assert.Equal("30/s", (string?)update["Limit"]);
        var add = report["Actions"]!.AsArray().Single(a => (string?)a!["Action"] == "AddLiveAppRecordConfig")!;
        Assert.Equal(1, (long)add["Accepted"]!);
        Assert.Equal(0, (long)add["Throttled"]!);
    }

    private async Task AddRecordConfigAsync()
    {
        var add = await Client.CallAsync("AddLiveAppRecordConfig", new Dictionary<string, string>(RecordConfig)
        {
            ["OssBucket"] = "bucket",
            ["RecordFormat.1.OssObjectPrefix"] = "record/{AppName}/{StreamName}/{StartTime}_{EndTime}",
        });
        Assert.Equal(HttpStatusCode.OK, add.Status);
    }

    private static Task<ApiAnswer> UpdateAsync(SigningClient client) => client.CallAsync("UpdateLiveAppRecordConfig", RecordConfig);

    private static async Task<List<HttpStatusCode>> CallTimesAsync(SigningClient client, int times)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            statuses.Add((await UpdateAsync(client)).Status);
        }

        return statuses;
    }

    private Task<ApiAnswer> AddVodAsync(int stream) =>
        Client.CallAsync("AddLiveRecordVodConfig", Params(
            ("DomainName", "example.com"), ("AppName", "app"), ("StreamName", $"s{stream}"), ("VodTranscodeGroupId", "group")));
}
