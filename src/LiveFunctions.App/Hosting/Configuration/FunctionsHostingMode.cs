using System.Globalization;

namespace LiveFunctions.App.Hosting.Configuration;

/// <summary>
/// Which host runs the app. Under the Functions host (it sets <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>, or the legacy
/// <c>FUNCTIONS_HTTPWORKER_PORT</c>) the app listens on <c>127.0.0.1:{port}</c> and the host owns triggers and keys.
/// Otherwise it runs standalone: its own timer scheduler (and queue listener), function keys, embedded defaults.
/// </summary>
internal sealed record FunctionsHostingMode(int? CustomHandlerPort)
{
    public const string PortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";
    public const string LegacyPortSetting = "FUNCTIONS_HTTPWORKER_PORT";

    /// <summary>True when the Azure Functions host started the app as its custom handler.</summary>
    public bool UnderFunctionsHost => CustomHandlerPort is not null;

    /// <summary>True when the app runs on its own.</summary>
    public bool Standalone => CustomHandlerPort is null;

    public static FunctionsHostingMode Detect(IConfiguration configuration)
    {
        var text = configuration[PortSetting];
        if (string.IsNullOrWhiteSpace(text))
        {
            text = configuration[LegacyPortSetting];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new FunctionsHostingMode((int?)null);
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"{PortSetting} is '{text}', which is not a TCP port (1-65535).");
        }

        return new FunctionsHostingMode(port);
    }
}
