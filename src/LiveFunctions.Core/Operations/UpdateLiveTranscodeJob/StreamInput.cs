namespace LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

/// <summary>The input stream of an ICE live transcoding job; on the wire <c>{"InputUrl":"…","Type":"rtmp"}</c>.</summary>
public sealed record StreamInput
{
    /// <summary>The URL of the input stream, e.g. <c>rtmp://mydomain/app/stream1</c>.</summary>
    public string? InputUrl { get; init; }

    /// <summary>The type of the input stream; only <c>rtmp</c>.</summary>
    public string? Type { get; init; }
}
