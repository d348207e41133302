using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.GetLiveTranscodeJob;
using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;
using static LiveFunctions.EndToEnd.Tests.Agreement.Cases.Seeds;

namespace LiveFunctions.EndToEnd.Tests.Agreement.Cases;

/// <summary>
/// The ICE rows: GetLiveTranscodeJob and UpdateLiveTranscodeJob (api-docs/ice-UpdateLiveTranscodeJob.txt), on a job the
/// row's seed submitted (a timed job that has not started, so that every parameter may change).
/// </summary>
/// <remarks>
/// The ICE document lists no error codes ("See Error Codes"), so both sides chose: Core the shared convention
/// (<c>Missing{Field}</c>, <c>Invalid{Field}.Malformed</c> of the inner field), the emulator ICE's general
/// <c>InvalidParameter</c> (and <c>InvalidParameter.TimedConfig</c> for the 7-day rule). Both refuse the same requests;
/// the codes are recorded as known differences.
/// </remarks>
internal static class TranscodeJobCases
{
    private const string Get = "GetLiveTranscodeJob";
    private const string Op = "UpdateLiveTranscodeJob";
    private const string NoCodes = "The ICE document lists no error codes; Core names the inner field (convention), the emulator answers ICE's InvalidParameter.";

    public static IEnumerable<AgreementCase> All =>
    [
        AgreementCase.Valid($"{Get}: a submitted job", emulator => emulator.Client.Preview(GetLiveTranscodeJobOperation.Instance, new GetLiveTranscodeJobRequest { JobId = emulator.JobId }), ImmediateJob),
        AgreementCase.Invalid($"{Get}: no JobId", "MissingJobId", emulator => emulator.Client.Preview(GetLiveTranscodeJobOperation.Instance, new GetLiveTranscodeJobRequest()), ImmediateJob),
        AgreementCase.Known($"{Get}: an unknown JobId", null, "InvalidJob.NotFound", "A state rule only the service can check.",
            emulator => emulator.Client.Preview(GetLiveTranscodeJobOperation.Instance, new GetLiveTranscodeJobRequest { JobId = "0123456789abcdef0123456789abcdef" })),

        AgreementCase.Valid($"{Op}: the name", Update((r, _) => r with { Name = "renamed" }), TimedJob),
        AgreementCase.Valid($"{Op}: input, output and window of a job not started", Update((r, now) => r with
        {
            StreamInput = new StreamInput { InputUrl = "rtmp://example.com/liveApp/other", Type = "rtmp" },
            TranscodeOutput = new TranscodeOutput { DomainName = "play2.example.com", Type = "LiveCenter" },
            TimedConfig = new TimedConfig { StartTime = Wire(now.AddHours(2)), EndTime = Wire(now.AddDays(7)) },
        }), TimedJob),
        AgreementCase.Valid($"{Op}: only a new start", Update((r, now) => r with { TimedConfig = new TimedConfig { StartTime = Wire(now.AddMinutes(30)) } }), TimedJob),

        AgreementCase.Invalid($"{Op}: no JobId", "MissingJobId", Update((r, _) => r with { JobId = null }), TimedJob),

        AgreementCase.Known($"{Op}: StreamInput of type rtsp", "InvalidType.Malformed", "InvalidParameter", NoCodes,
            Update((r, _) => r with { StreamInput = new StreamInput { InputUrl = "rtmp://example.com/liveApp/s", Type = "rtsp" } }), TimedJob),
        AgreementCase.Known($"{Op}: StreamInput without InputUrl", "MissingInputUrl", "InvalidParameter", NoCodes,
            Update((r, _) => r with { StreamInput = new StreamInput { Type = "rtmp" } }), TimedJob),
        AgreementCase.Known($"{Op}: StreamInput of an http URL", "InvalidInputUrl.Malformed", "InvalidParameter", NoCodes,
            Update((r, _) => r with { StreamInput = new StreamInput { InputUrl = "http://example.com/liveApp/s.flv", Type = "rtmp" } }), TimedJob),
        AgreementCase.Known($"{Op}: TranscodeOutput of another type", "InvalidType.Malformed", "InvalidParameter", NoCodes,
            Update((r, _) => r with { TranscodeOutput = new TranscodeOutput { DomainName = "play.example.com", Type = "Custom" } }), TimedJob),
        AgreementCase.Known($"{Op}: TranscodeOutput without DomainName", "MissingDomainName", "InvalidParameter", NoCodes,
            Update((r, _) => r with { TranscodeOutput = new TranscodeOutput { Type = "LiveCenter" } }), TimedJob),
        AgreementCase.Known($"{Op}: TimedConfig start not a wire time", "InvalidStartTime.Malformed", "InvalidParameter", NoCodes,
            Update((r, _) => r with { TimedConfig = new TimedConfig { StartTime = "2026-03-02 12:00:00" } }), TimedJob),
        AgreementCase.Known($"{Op}: TimedConfig end not after its start", "InvalidEndTime.Malformed", "InvalidParameter", NoCodes,
            Update((r, now) => r with { TimedConfig = new TimedConfig { StartTime = Wire(now.AddHours(3)), EndTime = Wire(now.AddHours(3)) } }), TimedJob),
        AgreementCase.Known($"{Op}: TimedConfig start beyond 7 days", "InvalidStartTime.Malformed", "InvalidParameter.TimedConfig", NoCodes,
            Update((r, now) => r with { TimedConfig = new TimedConfig { StartTime = Wire(now.AddDays(7).AddSeconds(1)), EndTime = Wire(now.AddDays(7).AddHours(1)) } }), TimedJob),
        AgreementCase.Known($"{Op}: StreamInput of a job that is not timed", null, "Forbidden.NotTimedJob",
            "A state rule only the service can check: which kind of job it is, and whether it has started.",
            Update((r, _) => r with { StreamInput = new StreamInput { InputUrl = "rtmp://example.com/liveApp/other", Type = "rtmp" } }), ImmediateJob),
    ];

    private static Func<AgreementEmulator, OpenApiPreview> Update(Func<UpdateLiveTranscodeJobRequest, DateTimeOffset, UpdateLiveTranscodeJobRequest> change) =>
        emulator => emulator.Client.Preview(UpdateLiveTranscodeJobOperation.Instance, change(new UpdateLiveTranscodeJobRequest { JobId = emulator.JobId }, emulator.Now));
}
