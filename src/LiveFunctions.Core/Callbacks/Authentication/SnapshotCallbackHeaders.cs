namespace LiveFunctions.Core.Callbacks.Authentication;

/// <summary>The request headers of an authenticated ApsaraVideo Live callback.</summary>
public static class SnapshotCallbackHeaders
{
    /// <summary>UNIX seconds at which the callback was sent.</summary>
    public const string Timestamp = "ALI-LIVE-TIMESTAMP";

    /// <summary>The MD5 signature (<see cref="CallbackSignature"/>).</summary>
    public const string Signature = "ALI-LIVE-SIGNATURE";
}
