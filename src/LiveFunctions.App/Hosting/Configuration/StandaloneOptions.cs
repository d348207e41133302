namespace LiveFunctions.App.Hosting.Configuration;

/// <summary>Settings of the standalone mode (section <c>Standalone</c>).</summary>
public sealed class StandaloneOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Standalone";

    /// <summary>
    /// When set, HTTP functions with authLevel function/admin (and the <c>POST /{FunctionName}</c> invocation
    /// endpoints) require it as the <c>x-functions-key</c> header or the <c>code</c> query parameter, as the Functions
    /// host does; 401 otherwise. Unset: no key is checked (like Core Tools locally). Ignored under the Functions host.
    /// </summary>
    public string? FunctionKey { get; set; }
}
