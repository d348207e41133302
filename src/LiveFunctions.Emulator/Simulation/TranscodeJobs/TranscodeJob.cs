using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.TranscodeJobs;

/// <summary>The input stream of a job (<c>Type</c> is always <c>rtmp</c>).</summary>
internal sealed record StreamInputState(string InputUrl, string Type);

/// <summary>The output of a job (<c>Type</c> is always <c>LiveCenter</c>).</summary>
internal sealed record TranscodeOutputState(string DomainName, string Type);

/// <summary>The window of a timed job: running over [StartTime, EndTime).</summary>
internal sealed record TimedWindow(DateTimeOffset StartTime, DateTimeOffset EndTime);

/// <summary>
/// An ICE live transcode job. Its <c>Status</c> follows the clock: StartMode 0 runs (1) from submission; StartMode 1
/// is 0 before its window, 1 inside, 2 after; a stop command makes it 2.
/// </summary>
internal sealed record TranscodeJob(
    string JobId,
    string Name,
    int StartMode,
    string TemplateId,
    StreamInputState StreamInput,
    TranscodeOutputState TranscodeOutput,
    TimedWindow? TimedConfig,
    DateTimeOffset CreateTime,
    bool StoppedByCommand)
{
    /// <summary>Not started.</summary>
    public const int NotStarted = 0;

    /// <summary>Running.</summary>
    public const int Running = 1;

    /// <summary>Stopped.</summary>
    public const int Stopped = 2;

    /// <summary>The template type the emulator reports (it keeps no template catalogue).</summary>
    public const string TemplateType = "normal";

    /// <summary>The status at <paramref name="now"/>.</summary>
    public int StatusAt(DateTimeOffset now) =>
        StoppedByCommand ? Stopped
        : StartMode == 0 || TimedConfig is null ? Running
        : now < TimedConfig.StartTime ? NotStarted
        : now < TimedConfig.EndTime ? Running
        : Stopped;

    /// <summary>The wire <c>Job</c> object, TimedConfig and TranscodeOutput included (their presence is UNCONFIRMED on the service).</summary>
    public JsonObject ToJson(DateTimeOffset now)
    {
        var job = new JsonObject
        {
            ["JobId"] = JobId,
            ["Name"] = Name,
            ["Status"] = StatusAt(now),
            ["StartMode"] = StartMode,
            ["CreateTime"] = WireTime.Format(CreateTime),
            ["TemplateId"] = TemplateId,
            ["TemplateName"] = TemplateId,
            ["TemplateType"] = TemplateType,
            ["StreamInput"] = new JsonObject { ["InputUrl"] = StreamInput.InputUrl, ["Type"] = StreamInput.Type },
            ["OutputStream"] = new JsonObject
            {
                ["StreamInfos"] = new JsonArray(new JsonObject { ["OutputUrl"] = OutputUrl(), ["Type"] = "rtmp" }),
            },
            ["TranscodeOutput"] = new JsonObject { ["DomainName"] = TranscodeOutput.DomainName, ["Type"] = TranscodeOutput.Type },
        };
        if (TimedConfig is not null)
        {
            job["TimedConfig"] = new JsonObject
            {
                ["StartTime"] = WireTime.Format(TimedConfig.StartTime),
                ["EndTime"] = WireTime.Format(TimedConfig.EndTime),
            };
        }

        return job;
    }

    // rtmp://in-domain/app/stream -> rtmp://out-domain/app/stream_{TemplateId}
    private string OutputUrl()
    {
        var path = Uri.TryCreate(StreamInput.InputUrl, UriKind.Absolute, out var input) ? input.AbsolutePath.Trim('/') : "";
        return path.Length == 0
            ? $"rtmp://{TranscodeOutput.DomainName}/live/{JobId}_{TemplateId}"
            : $"rtmp://{TranscodeOutput.DomainName}/{path}_{TemplateId}";
    }
}
