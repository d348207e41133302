using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LiveFunctions.Core.OpenApi.Wire;

/// <summary>
/// Where a product's calls go: the request URI of <c>POST /</c> and the <c>host</c> value that is signed and sent.
/// The host carries the port when the port is not the scheme's default, which is what HttpClient would send itself;
/// the client also sets the <c>Host</c> header to this value explicitly, so the two can never differ.
/// </summary>
/// <param name="BaseUri">The endpoint's root, e.g. <c>https://live.aliyuncs.com/</c>.</param>
/// <param name="Host">The signed and sent host, e.g. <c>live.aliyuncs.com</c> or <c>127.0.0.1:7081</c>.</param>
internal sealed record AlibabaEndpoint(Uri BaseUri, string Host)
{
    /// <summary>
    /// Reads an endpoint setting: a base URL (<c>http</c> or <c>https</c>, no path, query, fragment or user info) or a
    /// bare host name (optionally with a port), which means HTTPS.
    /// </summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out AlibabaEndpoint? endpoint, [NotNullWhen(false)] out string? problem)
    {
        endpoint = null;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            problem = "it is empty";
            return false;
        }

        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.HostNameType == UriHostNameType.Unknown || uri.Host.Length == 0)
        {
            problem = "it is not a URL or host name";
            return false;
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            problem = $"the scheme must be https or http, not '{uri.Scheme}'";
            return false;
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            problem = "it must be a bare base URL (no path, query, fragment or user info): RPC calls go to '/'";
            return false;
        }

        // Uri.Host keeps IPv6 brackets and lower-cases names, as the Host header needs them.
        var host = uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        endpoint = new AlibabaEndpoint(new Uri(uri.GetLeftPart(UriPartial.Authority) + "/"), host);
        problem = null;
        return true;
    }

    /// <summary>The request URI of a call with this (already encoded) query string.</summary>
    public Uri RequestUri(string queryString) =>
        new(queryString.Length == 0 ? BaseUri.AbsoluteUri : BaseUri.AbsoluteUri + "?" + queryString);
}
