using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Callbacks.Authentication;

/// <summary>
/// Checks the ALI-LIVE-TIMESTAMP / ALI-LIVE-SIGNATURE headers of a callback against SnapshotCallbacks:AuthKey (and
/// PreviousAuthKey inside its rotation window). Accepted timestamps lie in the half-open window
/// [now − skew, now + skew). Without a configured key every callback is accepted unauthenticated and a warning is
/// logged once; with SnapshotCallbacks:RequireAuthKey every callback is then rejected. Rejections are logged here
/// (with their reason, never a key).
/// </summary>
public sealed partial class SnapshotCallbackAuthenticator
{
    private readonly SnapshotCallbackOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SnapshotCallbackAuthenticator> _logger;
    private int _unauthenticatedWarned;

    /// <summary>Creates the authenticator from the bound options.</summary>
    public SnapshotCallbackAuthenticator(
        IOptions<SnapshotCallbackOptions> options, TimeProvider time, ILogger<SnapshotCallbackAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Verifies one callback from its Host, ALI-LIVE-TIMESTAMP and ALI-LIVE-SIGNATURE header values.</summary>
    public CallbackAuthResult Verify(string? hostHeader, string? timestamp, string? signature)
    {
        var result = Decide(hostHeader, timestamp, signature);
        if (!result.Accepted)
        {
            LogRejected(_logger, result.Failure, result.Reason);
        }
        else if (result.Key == CallbackAuthKey.None && Interlocked.Exchange(ref _unauthenticatedWarned, 1) == 0)
        {
            LogUnauthenticated(_logger);
        }

        return result;
    }

    private CallbackAuthResult Decide(string? hostHeader, string? timestamp, string? signature)
    {
        var hasHost = CallbackHostName.TryResolve(_options.CallbackHost, hostHeader, out var host);
        var knownHost = hasHost ? host : null;
        if (string.IsNullOrEmpty(_options.AuthKey))
        {
            return _options.RequireAuthKey
                ? CallbackAuthResult.Reject(
                    CallbackAuthFailure.KeyNotConfigured,
                    "SnapshotCallbacks:RequireAuthKey is set but no SnapshotCallbacks:AuthKey is configured.",
                    knownHost)
                : new CallbackAuthResult(true, CallbackAuthKey.None, CallbackAuthFailure.None, "No auth key is configured; accepted unauthenticated.", knownHost);
        }

        if (string.IsNullOrWhiteSpace(timestamp) || string.IsNullOrWhiteSpace(signature))
        {
            var missing = string.IsNullOrWhiteSpace(timestamp) ? SnapshotCallbackHeaders.Timestamp : SnapshotCallbackHeaders.Signature;
            return CallbackAuthResult.Reject(CallbackAuthFailure.MissingHeaders, $"The {missing} header is missing.", knownHost);
        }

        if (!hasHost)
        {
            return CallbackAuthResult.Reject(
                CallbackAuthFailure.MissingHost,
                "No callback host: SnapshotCallbacks:CallbackHost is not set and the Host header is missing or malformed.",
                null);
        }

        timestamp = timestamp.Trim();
        if (!TryReadUnixSeconds(timestamp, out var sentAt))
        {
            return CallbackAuthResult.Reject(CallbackAuthFailure.BadTimestamp, $"The {SnapshotCallbackHeaders.Timestamp} header is not UNIX seconds.", host);
        }

        var now = _time.GetUtcNow();
        var skew = _options.AllowedClockSkew;
        if (sentAt < now - skew || sentAt >= now + skew)
        {
            var reason = string.Create(
                CultureInfo.InvariantCulture,
                $"The {SnapshotCallbackHeaders.Timestamp} {sentAt:O} is outside the allowed clock skew of {skew} around {now:O}.");
            return CallbackAuthResult.Reject(CallbackAuthFailure.Stale, reason, host);
        }

        signature = signature.Trim();
        if (CallbackSignature.Matches(CallbackSignature.Compute(host, timestamp, _options.AuthKey), signature))
        {
            return new CallbackAuthResult(true, CallbackAuthKey.Current, CallbackAuthFailure.None, "Signed with the current key.", host);
        }

        if (!string.IsNullOrEmpty(_options.PreviousAuthKey) && _options.PreviousAuthKeyValidUntil is { } validUntil)
        {
            if (now >= validUntil)
            {
                return CallbackAuthResult.Reject(
                    CallbackAuthFailure.WrongSignature,
                    $"The signature does not match the current key for host '{host}'; the previous key is no longer accepted.",
                    host);
            }

            if (CallbackSignature.Matches(CallbackSignature.Compute(host, timestamp, _options.PreviousAuthKey), signature))
            {
                return new CallbackAuthResult(true, CallbackAuthKey.Previous, CallbackAuthFailure.None, "Signed with the previous key (rotation window).", host);
            }
        }

        return CallbackAuthResult.Reject(CallbackAuthFailure.WrongSignature, $"The signature matches no accepted key for host '{host}'.", host);
    }

    private static bool TryReadUnixSeconds(string text, out DateTimeOffset time)
    {
        time = default;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        time = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Snapshot callback rejected ({Failure}): {Reason}")]
    private static partial void LogRejected(ILogger logger, CallbackAuthFailure failure, string reason);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning,
        Message = "Snapshot callbacks are accepted without authentication: SnapshotCallbacks:AuthKey is not set. Set NotifyAuthKey on the Live domain and the same key here.")]
    private static partial void LogUnauthenticated(ILogger logger);
}
