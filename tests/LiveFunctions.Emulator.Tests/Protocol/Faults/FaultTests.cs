using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Protocol.Faults;

/// <summary><c>PUT /_emulator/faults</c>: deterministic failures for retry tests.</summary>
public sealed class FaultTests : EmulatorTest
{
    private static readonly Dictionary<string, string> Describe = new() { ["DomainName"] = "example.com" };

    [Fact]
    public async Task PutFaults_NextTwoServiceUnavailable_TwoFail503ThenOk()
    {
        await PutFaultsAsync(new JsonObject { ["Rules"] = new JsonArray(Rule(null, "ServiceUnavailable", count: 2)) });

        var first = await Client.CallAsync("DescribeLiveRecordConfig", Describe);
        var second = await Client.CallAsync("DescribeLiveRecordConfig", Describe);
        var third = await Client.CallAsync("DescribeLiveRecordConfig", Describe);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.Status);
        Assert.Equal("ServiceUnavailable", first.Code);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.Status);
        Assert.Equal(HttpStatusCode.OK, third.Status);
    }

    [Fact]
    public async Task PutFaults_InternalErrorForOneAction_OtherActionsServed()
    {
        await PutFaultsAsync(new JsonObject { ["Rules"] = new JsonArray(Rule("DescribeLiveSnapshotConfig", "InternalError", count: 1)) });

        var other = await Client.CallAsync("DescribeLiveRecordConfig", Describe);
        var hit = await Client.CallAsync("DescribeLiveSnapshotConfig", Describe);

        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal(HttpStatusCode.InternalServerError, hit.Status);
        Assert.Equal("InternalError", hit.Code);
        Assert.NotNull(hit.Body["RequestId"]);
    }

    [Fact]
    public async Task PutFaults_Throttle_ThrottledThenOk()
    {
        await PutFaultsAsync(new JsonObject { ["Rules"] = new JsonArray(Rule("UpdateLiveAppRecordConfig", "Throttle", count: 1)) });
        var parameters = Params(("DomainName", "example.com"), ("AppName", "app"), ("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"), ("RecordFormat.1.Format", "flv"));

        var first = await Client.CallAsync("UpdateLiveAppRecordConfig", parameters);
        var second = await Client.CallAsync("UpdateLiveAppRecordConfig", parameters);

        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        Assert.Equal("Throttling.User", first.Code);
        Assert.Equal("InvalidConfig.NotFound", second.Code);
    }

    [Fact]
    public async Task PutFaults_Drop_ConnectionClosedWithoutAnswerAndLogged()
    {
        await PutFaultsAsync(new JsonObject { ["Rules"] = new JsonArray(Rule(null, "Drop", count: 1)) });

        await Assert.ThrowsAsync<HttpRequestException>(() => Client.CallAsync("DescribeLiveRecordConfig", Describe));
        var after = await Client.CallAsync("DescribeLiveRecordConfig", Describe);

        Assert.Equal(HttpStatusCode.OK, after.Status);
        var log = JsonNode.Parse(await Emulator.Http.GetStringAsync("/_emulator/requests"))!.AsArray();
        Assert.Equal(0, (int)log[0]!["StatusCode"]!);
        Assert.Equal(200, (int)log[1]!["StatusCode"]!);
    }

    [Fact]
    public async Task PutFaults_Delay_WaitsOnTheEmulatorClockThenServes()
    {
        await PutFaultsAsync(new JsonObject { ["Rules"] = new JsonArray(Rule(null, "Delay", count: 1, delayMilliseconds: 3000)) });
        var start = Emulator.Clock.GetUtcNow();

        var call = Client.CallAsync("DescribeLiveRecordConfig", Describe);
        await Task.Delay(200);
        var completedBeforeClockMoved = call.IsCompleted;
        while (!call.IsCompleted)
        {
            Emulator.Clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(call, Task.Delay(20));
        }

        var answer = await call;
        Assert.False(completedBeforeClockMoved);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(Emulator.Clock.GetUtcNow() - start >= TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task PutFaults_SeededProbability_HitsSomeButNotAll()
    {
        await PutFaultsAsync(new JsonObject { ["Seed"] = 7, ["Rules"] = new JsonArray(Rule(null, "InternalError", probability: 0.5)) });

        var failed = 0;
        for (var i = 0; i < 40; i++)
        {
            if ((await Client.CallAsync("DescribeLiveRecordConfig", Describe)).Status == HttpStatusCode.InternalServerError)
            {
                failed++;
            }
        }

        Assert.InRange(failed, 5, 35);
    }

    [Fact]
    public async Task PutFaults_ProbabilityZero_NeverFires()
    {
        await PutFaultsAsync(new JsonObject { ["Rules"] = new JsonArray(Rule(null, "InternalError", probability: 0)) });

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync("DescribeLiveRecordConfig", Describe)).Status);
        }
    }

    [Fact]
    public async Task GetFaults_AfterOneFired_ShowsTheRemainingCount()
    {
        await PutFaultsAsync(new JsonObject { ["Rules"] = new JsonArray(Rule(null, "ServiceUnavailable", count: 3)) });
        await Client.CallAsync("DescribeLiveRecordConfig", Describe);

        var current = JsonNode.Parse(await Emulator.Http.GetStringAsync("/_emulator/faults"))!;

        var rule = current["Rules"]!.AsArray().Single()!;
        Assert.Equal("ServiceUnavailable", (string?)rule["Kind"]);
        Assert.Equal(2, (int)rule["Count"]!);
    }

    [Fact]
    public async Task DeleteFaults_AfterPut_RequestsServedAgain()
    {
        await PutFaultsAsync(new JsonObject { ["Rules"] = new JsonArray(Rule(null, "InternalError")) });

        using var deleted = await Emulator.Http.DeleteAsync("/_emulator/faults");
        var answer = await Client.CallAsync("DescribeLiveRecordConfig", Describe);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Theory]
    [InlineData("{\"Rules\":[{\"Kind\":\"InternalError\",\"Probability\":2}]}")]
    [InlineData("{\"Rules\":[{\"Kind\":\"Explode\"}]}")]
    [InlineData("{\"Rules\":[{\"Kind\":\"Delay\",\"DelayMilliseconds\":-1}]}")]
    [InlineData("{\"Rules\":[{\"Kind\":\"Drop\",\"Count\":0}]}")]
    [InlineData("{\"Rules\":[{\"Action\":\"X\"}]}")]
    [InlineData("not json")]
    public async Task PutFaults_InvalidRules_Refused400(string body)
    {
        using var response = await Emulator.Http.PutAsync("/_emulator/faults", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var answer = await ApiAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("InvalidFaultRules", answer.Code);
    }

    private async Task PutFaultsAsync(JsonObject body)
    {
        using var response = await Emulator.Http.PutAsJsonAsync("/_emulator/faults", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static JsonObject Rule(string? action, string kind, int? count = null, double? probability = null, int? delayMilliseconds = null)
    {
        var rule = new JsonObject { ["Action"] = action, ["Kind"] = kind };
        if (count is not null)
        {
            rule["Count"] = count;
        }

        if (probability is not null)
        {
            rule["Probability"] = probability;
        }

        if (delayMilliseconds is not null)
        {
            rule["DelayMilliseconds"] = delayMilliseconds;
        }

        return rule;
    }
}
