using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.EndToEnd.Tests.Agreement.Cases;

/// <summary>
/// The names every row uses, and the state rows need in the emulator, made by signed calls (and one developer call)
/// so that only the rule a row is about can fire: a config to update, a recorded stream to index, a job to change.
/// </summary>
internal static class Seeds
{
    public const string Domain = "example.com";
    public const string LiveApp = "liveApp";
    public const string Stream1 = "stream1";
    public const string Endpoint = "oss-cn-shanghai.aliyuncs.com";
    public const string Bucket = "live-bucket";
    public const string ObjectPrefix = "record/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}";
    public const string SlicePrefix = "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}";
    public const string StreamInput = """{"InputUrl":"rtmp://example.com/liveApp/stream1","Type":"rtmp"}""";
    public const string TranscodeOutput = """{"DomainName":"play.example.com","Type":"LiveCenter"}""";

    /// <summary>The session <see cref="RecordedStream"/> publishes: two hours before the cases' instant, one hour long.</summary>
    public static readonly DateTimeOffset SessionStart = AgreementEmulator.Start.AddHours(-2);

    /// <summary>The wire form of a time.</summary>
    public static string Wire(DateTimeOffset time) => AlibabaTime.ToWire(time);

    /// <summary>An m3u8 OSS recording config of the app (or of one stream).</summary>
    public static Task RecordConfig(AgreementEmulator emulator) => AddRecordConfig(emulator, "");

    /// <summary>The stream-level recording config of <see cref="Stream1"/>.</summary>
    public static Task StreamRecordConfig(AgreementEmulator emulator) => AddRecordConfig(emulator, Stream1);

    private static async Task AddRecordConfig(AgreementEmulator emulator, string stream)
    {
        await emulator.CallAsync(AlibabaProduct.Live, "AddLiveAppRecordConfig",
            ("DomainName", Domain), ("AppName", LiveApp), ("StreamName", stream), ("OssEndpoint", Endpoint), ("OssBucket", Bucket),
            ("RecordFormat.1.Format", "m3u8"), ("RecordFormat.1.OssObjectPrefix", ObjectPrefix), ("RecordFormat.1.SliceOssObjectPrefix", SlicePrefix));
    }

    /// <summary>A live-to-VOD config of the app.</summary>
    public static async Task VodConfig(AgreementEmulator emulator) =>
        await emulator.CallAsync(AlibabaProduct.Live, "AddLiveRecordVodConfig", ("DomainName", Domain), ("AppName", LiveApp), ("VodTranscodeGroupId", "group-1"));

    /// <summary>A snapshot config of the app, in sequence mode.</summary>
    public static async Task SnapshotConfig(AgreementEmulator emulator) =>
        await emulator.CallAsync(AlibabaProduct.Live, "AddLiveAppSnapshotConfig",
            ("DomainName", Domain), ("AppName", LiveApp), ("TimeInterval", "5"), ("OssEndpoint", Endpoint), ("OssBucket", Bucket),
            ("SequenceOssObject", "snapshot/{AppName}/{StreamName}/{UnixTimestamp}.jpg"));

    /// <summary>The app's m3u8 recording config and a past session of <see cref="Stream"/>, 08:00–09:00 (30-second segments).</summary>
    public static async Task RecordedStream(AgreementEmulator emulator)
    {
        await RecordConfig(emulator);
        await emulator.PublishAsync(Domain, LiveApp, Stream1, SessionStart, SessionStart.AddHours(1));
    }

    /// <summary>A timed job that has not started (its window is an hour away); its id in <see cref="AgreementEmulator.JobId"/>.</summary>
    public static Task TimedJob(AgreementEmulator emulator) =>
        SubmitJob(emulator, "1", $$"""{"EndTime":"{{Wire(emulator.Now.AddHours(2))}}","StartTime":"{{Wire(emulator.Now.AddHours(1))}}"}""");

    /// <summary>A job that started on submission (StartMode 0); its id in <see cref="AgreementEmulator.JobId"/>.</summary>
    public static Task ImmediateJob(AgreementEmulator emulator) => SubmitJob(emulator, "0", null);

    private static async Task SubmitJob(AgreementEmulator emulator, string startMode, string? timedConfig)
    {
        (string, string)[] parameters =
        [
            ("Name", "job"), ("StartMode", startMode), ("TemplateId", "template-1"),
            ("StreamInput", StreamInput), ("TranscodeOutput", TranscodeOutput),
        ];
        var answer = await emulator.CallAsync(AlibabaProduct.Ice, "SubmitLiveTranscodeJob", timedConfig is null ? parameters : [.. parameters, ("TimedConfig", timedConfig)]);
        emulator.JobId = answer.GetProperty("JobId").GetString();
    }
}
