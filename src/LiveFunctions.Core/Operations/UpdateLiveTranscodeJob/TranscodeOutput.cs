namespace LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

/// <summary>The output of an ICE live transcoding job; on the wire <c>{"DomainName":"…","Type":"LiveCenter"}</c>.</summary>
public sealed record TranscodeOutput
{
    /// <summary>The streaming domain name of ApsaraVideo Live.</summary>
    public string? DomainName { get; init; }

    /// <summary>The type of the output stream; only <c>LiveCenter</c> (the output URL comes from the Live domain).</summary>
    public string? Type { get; init; }
}
