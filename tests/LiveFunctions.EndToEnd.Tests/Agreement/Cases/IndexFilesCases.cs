using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;
using static LiveFunctions.EndToEnd.Tests.Agreement.Cases.Seeds;

namespace LiveFunctions.EndToEnd.Tests.Agreement.Cases;

/// <summary>
/// CreateLiveStreamRecordIndexFiles (api-docs/live-CreateLiveStreamRecordIndexFiles.txt). Every row but the state rows
/// first records the stream (an m3u8 config in the bucket, a past session 08:00–09:00), so that the state rules the
/// emulator checks after the parameters (<c>InvalidStream.NotFound</c>, <c>InvalidBucket.NotFound</c>,
/// <c>NoRecordContent</c>) do not fire in place of the rule under test.
/// </summary>
internal static class IndexFilesCases
{
    private const string Op = "CreateLiveStreamRecordIndexFiles";

    public static IEnumerable<AgreementCase> All =>
    [
        AgreementCase.Valid($"{Op}: ten minutes of the session", Create(r => r), RecordedStream),
        AgreementCase.Valid($"{Op}: EndTimeIncluded, a plain object name", Create(r => r with { EndTimeIncluded = true, OssObject = "index/a.m3u8" }), RecordedStream),
        AgreementCase.Valid($"{Op}: exactly one segment", Create(r => r with { EndTime = Wire(SessionStart.AddMinutes(10).AddSeconds(30)) }), RecordedStream),

        AgreementCase.Invalid($"{Op}: no DomainName", "MissingDomainName", Create(r => r with { DomainName = null }), RecordedStream),
        AgreementCase.Invalid($"{Op}: no AppName", "MissingAppName", Create(r => r with { AppName = null }), RecordedStream),
        AgreementCase.Invalid($"{Op}: no StreamName", "MissingStreamName", Create(r => r with { StreamName = null }), RecordedStream),
        AgreementCase.Invalid($"{Op}: no OssEndpoint", "MissingOssEndpoint", Create(r => r with { OssEndpoint = null }), RecordedStream),
        AgreementCase.Invalid($"{Op}: no OssBucket", "MissingOssBucket", Create(r => r with { OssBucket = null }), RecordedStream),
        AgreementCase.Invalid($"{Op}: no OssObject", "MissingOssObject", Create(r => r with { OssObject = null }), RecordedStream),
        AgreementCase.Invalid($"{Op}: no StartTime", "MissingStartTime", Create(r => r with { StartTime = null }), RecordedStream),
        AgreementCase.Invalid($"{Op}: no EndTime", "MissingEndTime", Create(r => r with { EndTime = null }), RecordedStream),
        AgreementCase.Invalid($"{Op}: StartTime with milliseconds", "InvalidStartTime.Malformed", Create(r => r with { StartTime = "2026-03-02T08:10:00.000Z" }), RecordedStream),
        AgreementCase.Invalid($"{Op}: EndTime without Z", "InvalidEndTime.Malformed", Create(r => r with { EndTime = "2026-03-02T08:20:00" }), RecordedStream),
        AgreementCase.Invalid($"{Op}: EndTime equal to StartTime", "InvalidEndTime.Mismatch", Create(r => r with { EndTime = r.StartTime }), RecordedStream),
        AgreementCase.Invalid($"{Op}: range shorter than a segment", "InvalidEndTime.Mismatch", Create(r => r with { EndTime = Wire(SessionStart.AddMinutes(10).AddSeconds(29)) }), RecordedStream),
        AgreementCase.Invalid($"{Op}: StartTime older than 3 months", "InvalidStartTime.Mismatch", Create(r => r with
        {
            StartTime = Wire(AgreementEmulator.Start.AddMonths(-3).AddSeconds(-1)),
            EndTime = Wire(AgreementEmulator.Start.AddMonths(-3).AddHours(1)),
        }), RecordedStream),
        AgreementCase.Invalid($"{Op}: OssEndpoint of one label", "InvalidOssEndpoint.Malformed", Create(r => r with { OssEndpoint = "localhost" }), RecordedStream),
        AgreementCase.Invalid($"{Op}: OssBucket with capitals", "InvalidOssBucket.Malformed", Create(r => r with { OssBucket = "liveBucket" }), RecordedStream),
        AgreementCase.Invalid($"{Op}: OssObject starting with /", "InvalidOssObject.Malformed", Create(r => r with { OssObject = "/index/a.m3u8" }), RecordedStream),
        AgreementCase.Invalid($"{Op}: OssObject over 1023 bytes", "InvalidOssObject.Malformed", Create(r => r with { OssObject = new string('a', 1020) + ".m3u8" }), RecordedStream),

        AgreementCase.Known($"{Op}: range over 4 days", "InvalidEndTime.Mismatch", "RecordContentExceed",
            "The document states the 4-day limit ('the interval cannot exceed 4 days') but ties no code to it. Core uses InvalidEndTime.Mismatch, the code of the other StartTime/EndTime rules; the emulator RecordContentExceed ('… is exceeded, please narrow down the range').",
            Create(r => r with { StartTime = Wire(SessionStart.AddDays(-5)), EndTime = Wire(SessionStart.AddDays(-1).AddSeconds(1)) }), RecordedStream),
        AgreementCase.Known($"{Op}: StartTime in the future", null, "InvalidStartTime.Mismatch",
            "The document states no rule for a future range. Core sends it (the service answers InvalidStream.NotFound or NoRecordContent); the emulator answers InvalidStartTime.Mismatch, since no TS segment can be known for it yet.",
            Create(r => r with { StartTime = Wire(AgreementEmulator.Start.AddHours(1)), EndTime = Wire(AgreementEmulator.Start.AddHours(2)) }), RecordedStream),
        AgreementCase.Known($"{Op}: OssObject not an m3u8", null, "InvalidOssObject.Malformed",
            "The document's example name ends in .m3u8 but no sentence requires it. Core checks only the OSS object naming rules; the emulator requires the .m3u8 extension of the manifest it writes.",
            Create(r => r with { OssObject = "index/a.txt" }), RecordedStream),
        AgreementCase.Known($"{Op}: OssObject with an unknown variable", null, "InvalidOssObject.Malformed",
            "The document shows {AppName} {StreamName} {Date} {Hour} {Minute} {Second} in its example but lists no set of variables. Core treats the name as written; the emulator expands the example's variables and refuses others.",
            Create(r => r with { OssObject = "index/{Week}.m3u8" }), RecordedStream),
        AgreementCase.Known($"{Op}: a stream that never published", null, "InvalidStream.NotFound",
            "A state rule only the service can check.",
            Create(r => r with { StreamName = "never-live" }), RecordedStream),
        AgreementCase.Known($"{Op}: a bucket of someone else", null, "InvalidBucket.NotFound",
            "A state rule only the service can check: whether the bucket belongs to the caller.",
            Create(r => r with { OssBucket = "someone-elses" }), RecordedStream),
    ];

    private static Func<AgreementEmulator, OpenApiPreview> Create(Func<CreateLiveStreamRecordIndexFilesRequest, CreateLiveStreamRecordIndexFilesRequest> change) =>
        emulator => emulator.Client.Preview(CreateLiveStreamRecordIndexFilesOperation.Instance, change(new CreateLiveStreamRecordIndexFilesRequest
        {
            DomainName = Domain,
            AppName = LiveApp,
            StreamName = Stream1,
            OssEndpoint = Endpoint,
            OssBucket = Bucket,
            OssObject = "index/{AppName}/{StreamName}/{Date}/{Hour}{Minute}.m3u8",
            StartTime = Wire(SessionStart.AddMinutes(10)),
            EndTime = Wire(SessionStart.AddMinutes(20)),
        }));
}
