using LiveFunctions.Emulator.LiveConfig;

namespace LiveFunctions.Emulator.Simulation.Recording;

/// <summary>How a stream is recorded to TS segments: the applicable config and its m3u8/cmaf format entry.</summary>
internal sealed record RecordingPlan(RecordConfigState Config, RecordFormatState Format)
{
    /// <summary>The default <c>SliceOssObjectPrefix</c>.</summary>
    public const string DefaultSlicePrefix = "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}";

    /// <summary>The documented default and range of <c>SliceDuration</c>.</summary>
    public const int DefaultSliceSeconds = 30;

    /// <summary>The segment length.</summary>
    public TimeSpan Slice => TimeSpan.FromSeconds(Format.SliceDuration is >= 1 ? Format.SliceDuration : DefaultSliceSeconds);

    /// <summary>The slice object prefix in effect.</summary>
    public string SlicePrefix => string.IsNullOrEmpty(Format.SliceOssObjectPrefix) ? DefaultSlicePrefix : Format.SliceOssObjectPrefix;
}

/// <summary>What recording a config gives a stream.</summary>
internal enum RecordingKind
{
    /// <summary>No recording config applies (or it records on demand only): nothing is recorded.</summary>
    None,

    /// <summary>A config applies but records the raw stream only as flv/mp4: no TS segments.</summary>
    FlvOrMp4Only,

    /// <summary>The raw stream is recorded as m3u8 (or cmaf) TS segments.</summary>
    Segments,
}
