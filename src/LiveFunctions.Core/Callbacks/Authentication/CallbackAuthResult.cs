namespace LiveFunctions.Core.Callbacks.Authentication;

/// <summary>Which configured key a callback was authenticated with.</summary>
public enum CallbackAuthKey
{
    /// <summary>Not authenticated: no key is configured (or the callback was rejected).</summary>
    None,

    /// <summary>SnapshotCallbacks:AuthKey.</summary>
    Current,

    /// <summary>SnapshotCallbacks:PreviousAuthKey, inside its rotation window.</summary>
    Previous,
}

/// <summary>Why a callback was rejected.</summary>
public enum CallbackAuthFailure
{
    /// <summary>Not rejected.</summary>
    None,

    /// <summary>ALI-LIVE-TIMESTAMP or ALI-LIVE-SIGNATURE is missing or empty.</summary>
    MissingHeaders,

    /// <summary>No usable host: SnapshotCallbacks:CallbackHost is not set and the Host header is missing or malformed.</summary>
    MissingHost,

    /// <summary>ALI-LIVE-TIMESTAMP is not a whole number of UNIX seconds.</summary>
    BadTimestamp,

    /// <summary>ALI-LIVE-TIMESTAMP is outside the allowed clock skew (also what a replayed old callback gets).</summary>
    Stale,

    /// <summary>The signature matches no accepted key.</summary>
    WrongSignature,

    /// <summary>SnapshotCallbacks:RequireAuthKey is set but no key is configured.</summary>
    KeyNotConfigured,
}

/// <summary>The verdict on one callback's authentication. <see cref="Reason"/> never contains a key.</summary>
/// <param name="Accepted">Whether the intake may take the callback.</param>
/// <param name="Key">The key that matched; <see cref="CallbackAuthKey.None"/> for unauthenticated acceptance and rejections.</param>
/// <param name="Failure">Why it was rejected; <see cref="CallbackAuthFailure.None"/> when accepted.</param>
/// <param name="Reason">A sentence for logs and the rejection answer.</param>
/// <param name="Host">The host the signature was (or would be) checked against, when one could be found.</param>
public sealed record CallbackAuthResult(bool Accepted, CallbackAuthKey Key, CallbackAuthFailure Failure, string Reason, string? Host)
{
    /// <summary>True when a signature was checked and matched.</summary>
    public bool Authenticated => Accepted && Key != CallbackAuthKey.None;

    internal static CallbackAuthResult Reject(CallbackAuthFailure failure, string reason, string? host) =>
        new(false, CallbackAuthKey.None, failure, reason, host);
}
