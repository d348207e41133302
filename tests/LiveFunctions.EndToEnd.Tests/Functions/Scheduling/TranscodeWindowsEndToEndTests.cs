using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.RateLimiting;
using LiveFunctions.Core.RateLimiting.Limits;
using LiveFunctions.Core.Storage;
using LiveFunctions.Core.Operations.GetLiveTranscodeJob;
using LiveFunctions.Emulator;
using LiveFunctions.EndToEnd.Tests.Support;
using LiveFunctions.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static LiveFunctions.EndToEnd.Tests.Support.AppCalls;

namespace LiveFunctions.EndToEnd.Tests.Functions.Scheduling;

/// <summary>
/// Timed transcode windows through an app instance and an emulator that share one manual clock (so the job's status
/// follows it): a schedule arms the job's next window; after the clock passes that window the rotation arms the
/// following one. The timer and the queue function are invoked as the Functions host invokes them
/// (<c>POST /{FunctionName}</c>, the timer's queue outputs handed to the executor).
/// </summary>
[Collection(PackCollection.Name)]
public sealed class TranscodeWindowsEndToEndTests(PackFixture pack)
{
    [Fact]
    public async Task Schedule_ArmsTheNextWindow_AndAfterTheClockPassesIt_TheFollowingOne()
    {
        var start = DateTimeOffset.UtcNow;
        var clock = new ManualTimeProvider(new DateTimeOffset(start.Ticks - (start.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero));
        var emulatorUrl = $"http://127.0.0.1:{FreePort.Next()}";
        await using var emulator = EmulatorHost.Build(
            ["--urls", emulatorUrl, "--Logging:LogLevel:Default=Warning"], s => s.AddSingleton<TimeProvider>(clock));
        await emulator.StartAsync();
        using var http = new HttpClient();
        var ice = new AlibabaClient(
            http,
            Options.Create(new AlibabaOptions
            {
                AccessKeyId = "testid", AccessKeySecret = "testsecret", LiveEndpoint = emulatorUrl, IceEndpoint = emulatorUrl,
                Retry = new AlibabaRetryOptions { MaxAttempts = 1 },
            }),
            clock,
            NullLogger<AlibabaClient>.Instance);
        await using var app = await pack.StartAppAsync(
            new Dictionary<string, string?>
            {
                ["Alibaba:LiveEndpoint"] = emulatorUrl,
                ["Alibaba:IceEndpoint"] = emulatorUrl,
                ["Alibaba:Retry:MaxAttempts"] = "1",

                // Timer statuses written on the manual clock must not be read by instances on the real one.
                ["Standalone:HostId"] = "e2e-manual-clock",
            },
            services =>
            {
                services.AddSingleton<TimeProvider>(clock);

                // The rate limiter paces real seconds against the storage service's clock (the Date headers it
                // calibrates on), so it keeps the system clock: on the manual one its waits would never end.
                services.AddSingleton(provider => new RateLimiter(
                    provider.GetRequiredService<StorageBlobs>(),
                    provider.GetRequiredService<IOptions<RateLimitOptions>>(),
                    TimeProvider.System,
                    provider.GetRequiredService<ILogger<RateLimiter>>()));
            });

        var now = clock.GetUtcNow();
        var submitted = await ice.CallAsync(
            AlibabaProduct.Ice, "SubmitLiveTranscodeJob",
            ("Name", "rotating"), ("StartMode", "1"), ("TemplateId", "tpl-1"),
            ("StreamInput", """{"InputUrl":"rtmp://mydomain/app/stream1","Type":"rtmp"}"""),
            ("TranscodeOutput", """{"DomainName":"mydomain","Type":"LiveCenter"}"""),
            ("TimedConfig", $$"""{"EndTime":"{{Wire(now.AddDays(6).AddHours(1))}}","StartTime":"{{Wire(now.AddDays(6))}}"}"""));
        var jobId = submitted.GetProperty("JobId").GetString()!;

        // A daily 30-minute window in UTC that starts an hour from now.
        var first = now.AddHours(1);
        var schedule = $$"""{"DaysOfWeek":["Daily"],"LocalStartTime":"{{first.ToString("HH':'mm", CultureInfo.InvariantCulture)}}","Duration":"00:30:00","TimeZone":"UTC"}""";
        var (registered, status) = await app.SendJsonAsync(HttpMethod.Put, $"/api/transcode-jobs/{jobId}/schedule", schedule);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(Wire(first), status.GetProperty("NextWindows")[0].GetProperty("StartTime").GetString());

        await RotateAsync(app, jobId);
        var job = (await ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest { JobId = jobId })).Job!;
        Assert.Equal(Wire(first), job.TimedConfig!.StartTime);
        Assert.Equal(Wire(first.AddMinutes(30)), job.TimedConfig.EndTime);
        Assert.Equal(LiveTranscodeJobStatus.NotStarted, job.Status);

        // Inside the window the job runs and is left alone.
        clock.Advance(TimeSpan.FromMinutes(70));
        await RotateAsync(app, jobId);
        Assert.Equal(LiveTranscodeJobStatus.Running, (await ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest { JobId = jobId })).Job!.Status);
        var (_, running) = await app.SendJsonAsync(HttpMethod.Get, $"/api/transcode-jobs/{jobId}/schedule", null);
        Assert.Equal("leaveRunning", running.GetProperty("LastAction").GetProperty("Decision").GetString());

        // After the window the job has stopped; the rotation arms the following day's window.
        clock.Advance(TimeSpan.FromMinutes(30));
        await RotateAsync(app, jobId);
        job = (await ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest { JobId = jobId })).Job!;
        Assert.Equal(Wire(first.AddDays(1)), job.TimedConfig!.StartTime);
        Assert.Equal(Wire(first.AddDays(1).AddMinutes(30)), job.TimedConfig.EndTime);
        Assert.Equal(LiveTranscodeJobStatus.NotStarted, job.Status);
        var (_, armed) = await app.SendJsonAsync(HttpMethod.Get, $"/api/transcode-jobs/{jobId}/schedule", null);
        // The app's own queue listener may have run the rotation of the PUT meanwhile: the last action is "arm", or
        // "alreadyArmed" after it; either way it carries the window the service accepted last.
        var lastAction = armed.GetProperty("LastAction");
        Assert.Contains(lastAction.GetProperty("Decision").GetString(), new[] { "arm", "alreadyArmed" });
        Assert.Equal(Wire(first.AddDays(1)), lastAction.GetProperty("LastArmedTimedConfig").GetProperty("StartTime").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.DeleteAsync($"/api/transcode-jobs/{jobId}/schedule")).StatusCode);
        await emulator.StopAsync();
    }

    /// <summary>
    /// Runs <c>transcode-rotation</c> as the host does, then <c>transcode-executor</c> with each of its queue outputs for
    /// <paramref name="jobId"/> (other tests' schedules in the shared storage are left out).
    /// </summary>
    private static async Task RotateAsync(PackApp app, string jobId)
    {
        var timer = JsonSerializer.Serialize(new
        {
            Data = new { timer = new { Schedule = new { AdjustForDST = true }, ScheduleStatus = (object?)null, IsPastDue = false } },
            Metadata = new { sys = new { MethodName = "transcode-rotation" } },
        });
        var outputs = (await InvokeAsync(app, "transcode-rotation", timer)).GetProperty("Outputs").GetProperty("work");
        var items = (outputs.ValueKind == JsonValueKind.Array ? outputs.EnumerateArray().ToList() : [outputs])
            .Where(item => item.GetProperty("JobId").GetString() == jobId)
            .ToList();
        Assert.Single(items);
        var message = JsonSerializer.Serialize(new
        {
            Data = new { message = JsonSerializer.Serialize(items[0].GetRawText()) },
            Metadata = new { DequeueCount = "1", Id = "\"" + Guid.NewGuid() + "\"", PopReceipt = "\"AgAAAA\"", sys = new { MethodName = "transcode-executor" } },
        });
        await InvokeAsync(app, "transcode-executor", message);
    }

    private static async Task<JsonElement> InvokeAsync(PackApp app, string function, string envelope)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + function) { Content = new StringContent(envelope, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Azure-Functions-Host", "4.1040.0.0"));
        using var response = await app.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{function} answered {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
