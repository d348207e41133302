using System.Globalization;
using System.Net;
using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Tests.Functions.Support;
using static LiveFunctions.App.Tests.Functions.Support.Answers;
using static LiveFunctions.App.Tests.Functions.Support.FunctionsApp;

namespace LiveFunctions.App.Tests.Functions.TranscodeJob;

public sealed class TranscodeJobFunctionTests
{
    private const string Path = "/api/transcode-jobs/20b48fb04483915d4f2cd8ac";

    private static string Wire(DateTimeOffset time) => time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Patch_ObjectsInTheBody_SentAsJsonStringsWithTheRouteJobId()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(Ok("""{"RequestId":"ICE-1"}""")));
        var start = DateTimeOffset.UtcNow.AddDays(1);
        var end = start.AddHours(2);

        var (response, body) = await app.SendAsync(HttpMethod.Patch, Path, $$$"""
            {"Name":"mytest3","StreamInput":{"InputUrl":"rtmp://mydomain/app/stream1","Type":"rtmp"},
             "TranscodeOutput":{"DomainName":"mydomain","Type":"LiveCenter"},"TimedConfig":{"StartTime":"{{{Wire(start)}}}","EndTime":"{{{Wire(end)}}}"}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("UpdateLiveTranscodeJob", body.GetProperty("Action").GetString());
        Assert.Equal("ICE-1", body.GetProperty("RequestId").GetString());
        var sent = Assert.Single(app.Alibaba.Requests);
        Assert.Equal("ice.example.test", sent.RequestUri.Host);
        Assert.Equal("UpdateLiveTranscodeJob", ActionOf(sent));
        Assert.Equal("20b48fb04483915d4f2cd8ac", sent.QueryValue("JobId"));
        Assert.Equal("""{"InputUrl":"rtmp://mydomain/app/stream1","Type":"rtmp"}""", sent.QueryValue("StreamInput"));
        Assert.Equal($$"""{"EndTime":"{{Wire(end)}}","StartTime":"{{Wire(start)}}"}""", sent.QueryValue("TimedConfig"));
    }

    [Fact]
    public async Task Patch_BodyNamesAnotherJob_RouteConflictNothingSent()
    {
        await using var app = await StartAsync();

        var (response, body) = await app.SendAsync(HttpMethod.Patch, Path, """{"JobId":"another","Name":"n"}""");

        AssertError(response, body, HttpStatusCode.BadRequest, HttpFunctionCodes.RouteConflict);
        Assert.Empty(app.Alibaba.Requests);
    }

    [Fact]
    public async Task Patch_StreamInputAsAString_InvalidTypeNothingSent()
    {
        await using var app = await StartAsync();

        var (response, body) = await app.SendAsync(HttpMethod.Patch, Path, """{"StreamInput":"{\"InputUrl\":\"rtmp://d/a/s\",\"Type\":\"rtmp\"}"}""");

        AssertError(response, body, HttpStatusCode.BadRequest, HttpFunctionCodes.InvalidType);
        Assert.StartsWith("StreamInput must be an object", body.GetProperty("Message").GetString(), StringComparison.Ordinal);
        Assert.Empty(app.Alibaba.Requests);
    }

    [Fact]
    public async Task Patch_WindowBeyondSevenDays_DocumentRuleNothingSent()
    {
        await using var app = await StartAsync();
        var start = DateTimeOffset.UtcNow.AddDays(8);

        var (response, body) = await app.SendAsync(HttpMethod.Patch, Path + "?dryRun=true", $$$"""{"TimedConfig":{"StartTime":"{{{Wire(start)}}}","EndTime":"{{{Wire(start.AddHours(1))}}}"}}""");

        AssertError(response, body, HttpStatusCode.BadRequest, "InvalidStartTime.Malformed");
        Assert.Empty(app.Alibaba.Requests);
    }

    [Fact]
    public async Task Patch_JobStarted_ServiceStatusAsAnswered()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.Forbidden, "Forbidden.JobStarted")));

        var (response, body) = await app.SendAsync(HttpMethod.Patch, Path, """{"StreamInput":{"InputUrl":"rtmp://d/a/s","Type":"rtmp"}}""");

        AssertError(response, body, HttpStatusCode.Forbidden, "Forbidden.JobStarted");
    }
}
