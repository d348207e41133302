namespace LiveFunctions.Core.Callbacks.Authentication;

/// <summary>
/// The callback domain of the ALI-LIVE-SIGNATURE: the host part of the callback URL, without port. The casing is kept
/// as given (the service signs the host as written in the callback URL).
/// </summary>
public static class CallbackHostName
{
    /// <summary>The longest host accepted (a DNS name has at most 253 characters).</summary>
    public const int MaxLength = 253;

    /// <summary>
    /// Reduces a host, <c>host:port</c>, <c>[ipv6]:port</c> or an absolute URL to its host. False when nothing usable
    /// is left (empty, too long, spaces or characters that cannot be in a host).
    /// </summary>
    public static bool TryNormalise(string? value, out string host)
    {
        host = "";
        var text = value.AsSpan().Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
            var end = text.IndexOfAny('/', '?', '#');
            if (end >= 0)
            {
                text = text[..end];
            }

            var userInfo = text.LastIndexOf('@');
            if (userInfo >= 0)
            {
                text = text[(userInfo + 1)..];
            }
        }

        text = WithoutPort(text);
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c <= ' ' || c > '~' || c is '/' or '?' or '#' or '@' or '\\')
            {
                return false;
            }
        }

        host = text.ToString();
        return true;
    }

    /// <summary>
    /// The host the signature is checked against: <paramref name="configuredHost"/> (SnapshotCallbacks:CallbackHost)
    /// when set, else the request's Host header minus any port.
    /// </summary>
    public static bool TryResolve(string? configuredHost, string? hostHeader, out string host) =>
        string.IsNullOrWhiteSpace(configuredHost)
            ? TryNormalise(hostHeader, out host)
            : TryNormalise(configuredHost, out host);

    private static ReadOnlySpan<char> WithoutPort(ReadOnlySpan<char> authority)
    {
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            return close < 0 ? [] : authority[..(close + 1)];
        }

        var colon = authority.IndexOf(':');
        // A bare IPv6 address has several colons and no port; only a single colon separates a port.
        return colon >= 0 && authority.LastIndexOf(':') == colon ? authority[..colon] : authority;
    }
}
