namespace LiveFunctions.Core.Callbacks;

/// <summary>How settings that carry secrets are shown in ToString and messages.</summary>
internal static class Redaction
{
    public static string Secret(string? value) => string.IsNullOrEmpty(value) ? "(not set)" : "***";

    /// <summary>Scheme, host, port and path only: webhook URLs sometimes carry tokens in the query or user information.</summary>
    public static string Url(Uri? url) =>
        url is null ? "(not set)"
        : url.IsAbsoluteUri ? url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
        : "(relative)";
}
