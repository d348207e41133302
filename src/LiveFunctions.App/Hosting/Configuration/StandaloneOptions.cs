namespace LiveFunctions.App.Hosting.Configuration;

/// <summary>Settings of the standalone mode (section <c>Standalone</c>).</summary>
public sealed class StandaloneOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Standalone";

    /// <summary>The default <see cref="HostId"/>.</summary>
    public const string DefaultHostId = "standalone";

    /// <summary>
    /// When set, HTTP functions with authLevel function/admin (and the <c>POST /{FunctionName}</c> invocation
    /// endpoints) require it as the <c>x-functions-key</c> header or the <c>code</c> query parameter, as the Functions
    /// host does; 401 otherwise. Unset: no key is checked (like Core Tools locally). Ignored under the Functions host.
    /// </summary>
    public string? FunctionKey { get; set; }

    /// <summary>
    /// Names this app in the shared storage, like the Functions host id: the timer status blobs are
    /// <c>azure-webjobs-hosts/timers/{HostId}/{timer}/status</c>, and standalone instances with the same id share them
    /// (only one of them runs each occurrence). 1-32 lower-case letters, digits and single inner hyphens; default
    /// <c>standalone</c>. Give two different apps on one storage account different ids.
    /// </summary>
    public string HostId { get; set; } = DefaultHostId;

    /// <summary>True when <paramref name="hostId"/> is 1-32 lower-case letters, digits and single inner hyphens.</summary>
    public static bool IsValidHostId(string? hostId) =>
        hostId is { Length: >= 1 and <= 32 }
        && hostId[0] != '-' && hostId[^1] != '-'
        && !hostId.Contains("--", StringComparison.Ordinal)
        && hostId.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
