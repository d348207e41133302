using System.Net;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.GetLiveTranscodeJob;
using LiveFunctions.EndToEnd.Tests.Support;
using static LiveFunctions.EndToEnd.Tests.Support.AppCalls;

namespace LiveFunctions.EndToEnd.Tests.Functions.TranscodeJob;

[Collection(PackCollection.Name)]
public sealed class TranscodeJobEndToEndTests(PackFixture pack) : IAsyncLifetime
{
    public Task InitializeAsync() => pack.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> SubmitAsync(int startMode, DateTimeOffset? start = null)
    {
        var parameters = new List<(string, string)>
        {
            ("Name", "original"), ("StartMode", startMode.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("TemplateId", "tpl-1"),
            ("StreamInput", """{"InputUrl":"rtmp://mydomain/app/stream1","Type":"rtmp"}"""),
            ("TranscodeOutput", """{"DomainName":"mydomain","Type":"LiveCenter"}"""),
        };
        if (start is { } from)
        {
            parameters.Add(("TimedConfig", $$"""{"EndTime":"{{Wire(from.AddHours(2))}}","StartTime":"{{Wire(from)}}"}"""));
        }

        var submitted = await pack.Alibaba.CallAsync(AlibabaProduct.Ice, "SubmitLiveTranscodeJob", [.. parameters]);
        await pack.Emulator.ClearRequestsAsync();
        return submitted.GetProperty("JobId").GetString()!;
    }

    [Fact]
    public async Task Patch_TimedJobNotStarted_NameAndWindowChangedInTheEmulator()
    {
        var jobId = await SubmitAsync(startMode: 1, start: DateTimeOffset.UtcNow.AddDays(1));
        var start = DateTimeOffset.UtcNow.AddDays(2);
        var end = start.AddHours(3);

        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Patch, "/api/transcode-jobs/" + jobId, $$$"""
            {"Name":"renamed","TimedConfig":{"StartTime":"{{{Wire(start)}}}","EndTime":"{{{Wire(end)}}}"}}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("UpdateLiveTranscodeJob", body.GetProperty("Action").GetString());
        var sent = Assert.Single(await pack.Emulator.RequestsAsync());
        Assert.Equal(jobId, sent.Parameters["JobId"]);
        Assert.Equal($$"""{"EndTime":"{{Wire(end)}}","StartTime":"{{Wire(start)}}"}""", sent.Parameters["TimedConfig"]);
        var job = (await pack.Alibaba.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest { JobId = jobId })).Job!;
        Assert.Equal("renamed", job.Name);
        Assert.Equal(Wire(start), job.TimedConfig!.StartTime);
        Assert.Equal(Wire(end), job.TimedConfig.EndTime);
        Assert.Equal(LiveTranscodeJobStatus.NotStarted, job.Status);
    }

    [Fact]
    public async Task Patch_StreamInputOfANonTimedJob_TheServicesRefusalAsAnswered()
    {
        var jobId = await SubmitAsync(startMode: 0);

        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Patch, "/api/transcode-jobs/" + jobId, """
            {"StreamInput":{"InputUrl":"rtmp://mydomain/app/stream2","Type":"rtmp"}}
            """);

        AssertError(response, body, HttpStatusCode.Forbidden, "Forbidden.NotTimedJob");
        var job = (await pack.Alibaba.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest { JobId = jobId })).Job!;
        Assert.Equal("rtmp://mydomain/app/stream1", job.StreamInput!.InputUrl);
    }

    [Fact]
    public async Task Patch_UnknownJob_NotFound()
    {
        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Patch, "/api/transcode-jobs/0123456789abcdef0123456789abcdef", """{"Name":"x"}""");

        AssertError(response, body, HttpStatusCode.NotFound, "InvalidJob.NotFound");
    }
}
