using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Protocol.Pipeline;

/// <summary>
/// The simulation's actions go through the same pipeline as the config actions: signed calls, the documented QPS
/// limits, RequestId/HostId in the answers, and the request log.
/// </summary>
public sealed class SimulationActionPipelineTests : EmulatorTest
{
    private static readonly Dictionary<string, string> PublishList = new()
    {
        ["DomainName"] = "example.com",
        ["StartTime"] = "2026-03-02T08:00:00Z",
        ["EndTime"] = "2026-03-02T09:00:00Z",
    };

    private static readonly Dictionary<string, string> Index = new()
    {
        ["DomainName"] = "example.com",
        ["AppName"] = "liveApp",
        ["StreamName"] = "none",
        ["OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
        ["OssBucket"] = "live-bucket",
        ["OssObject"] = "index/a.m3u8",
        ["StartTime"] = "2026-03-02T08:00:00Z",
        ["EndTime"] = "2026-03-02T08:10:00Z",
    };

    private static readonly Dictionary<string, string> IndexList = new()
    {
        ["DomainName"] = "example.com",
        ["AppName"] = "liveApp",
        ["StreamName"] = "stream1",
        ["StartTime"] = "2026-03-02T08:00:00Z",
        ["EndTime"] = "2026-03-02T09:00:00Z",
    };

    public static TheoryData<string, int> Limits => new()
    {
        { "DescribeLiveStreamsPublishList", 3 },
        { "DescribeLiveStreamRecordIndexFiles", 15 },
        { "CreateLiveStreamRecordIndexFiles", 45 },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task Call_SimulationActionOverItsDocumentedLimitInOneSecond_ThrottlingUser(string action, int limit)
    {
        var parameters = ParametersOf(action);
        var accepted = new List<ApiAnswer>();
        for (var i = 0; i < limit; i++)
        {
            accepted.Add(await Client.CallAsync(action, parameters));
        }

        var refused = await Client.CallAsync(action, parameters);
        Emulator.Clock.Advance(TimeSpan.FromSeconds(1));
        var again = await Client.CallAsync(action, parameters);

        // Answered by the action itself (CreateLiveStreamRecordIndexFiles refuses the unknown bucket), never throttled.
        Assert.All(accepted, answer => Assert.NotEqual("Throttling.User", answer.Code));
        Assert.All(accepted, answer => Assert.Equal(accepted[0].Status, answer.Status));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Throttling.User", refused.Code);
        Assert.NotEqual("Throttling.User", again.Code);
        var throttling = await Emulator.Http.GetFromJsonAsync<JsonObject>("/_emulator/throttling");
        var counts = throttling!["Actions"]!.AsArray().Single(a => (string?)a!["Action"] == action)!;
        Assert.Equal($"{limit}/s", (string?)counts["Limit"]);
        Assert.Equal(limit + 1, (int)counts["Accepted"]!);
        Assert.Equal(1, (int)counts["Throttled"]!);
    }

    [Fact]
    public async Task Call_SimulationActionError_ServiceErrorBodyWithRequestIdHostIdAndRecommend()
    {
        using var response = await Client.SendV3Async("CreateLiveStreamRecordIndexFiles", Index, new CallOptions());
        var answer = await ApiAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("InvalidBucket.NotFound", answer.Code);
        var requestId = (string)answer.Body["RequestId"]!;
        Assert.True(Guid.TryParse(requestId, out _), requestId);
        Assert.Equal(requestId, response.Headers.GetValues("x-acs-request-id").Single());
        Assert.Equal(Emulator.BaseAddress.Authority, (string?)answer.Body["HostId"]);
        Assert.Contains("q=InvalidBucket.NotFound", (string?)answer.Body["Recommend"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_IceActionSuccess_RequestIdInBodyAndHeader()
    {
        using var response = await Client.SendV3Async("ListLiveTranscodeJobs", new Dictionary<string, string>(), new CallOptions { Version = SigningClient.IceVersion });
        var answer = await ApiAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(0, (int)answer.Body["TotalCount"]!);
        Assert.Equal((string?)answer.Body["RequestId"], response.Headers.GetValues("x-acs-request-id").Single());
    }

    [Fact]
    public async Task GetRequests_SimulationCalls_LoggedWithOperationParametersStatusAndCode()
    {
        await Client.CallAsync("DescribeLiveStreamsPublishList", PublishList);
        await Client.CallAsync("CreateLiveStreamRecordIndexFiles", Index);
        await Client.CallV1Async("GetLiveTranscodeJob", Params(("JobId", "missing")), new CallOptions { Version = SigningClient.IceVersion });

        var log = await Emulator.RequestLogAsync();

        Assert.Equal(["DescribeLiveStreamsPublishList", "CreateLiveStreamRecordIndexFiles", "GetLiveTranscodeJob"], log.Select(e => (string?)e!["Action"]));
        Assert.Equal([200, 404, 404], log.Select(e => (int)e!["StatusCode"]!));
        Assert.Equal([null, "InvalidBucket.NotFound", "InvalidJob.NotFound"], log.Select(e => (string?)e!["Code"]));
        Assert.Equal(PublishList.Keys.Order(StringComparer.Ordinal), log[0]!["Parameters"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["JobId"], log[2]!["Parameters"]!.AsObject().Select(p => p.Key));
    }

    private static Dictionary<string, string> ParametersOf(string action) => action switch
    {
        "DescribeLiveStreamsPublishList" => PublishList,
        "DescribeLiveStreamRecordIndexFiles" => IndexList,
        _ => Index,
    };
}
