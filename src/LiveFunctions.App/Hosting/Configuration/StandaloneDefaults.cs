namespace LiveFunctions.App.Hosting.Configuration;

/// <summary>
/// The embedded defaults a standalone run uses when nothing is configured: the local emulator with its published
/// test credentials (not a secret: the signature vector's) and Azurite. They sit at the LOWEST configuration priority,
/// so appsettings, environment variables and the command line override them. They are never applied under the
/// Functions host, where a missing setting must fail instead of silently talking to an emulator.
/// </summary>
internal static class StandaloneDefaults
{
    /// <summary>The standalone listen URL (the Functions default port).</summary>
    public const string Url = "http://127.0.0.1:7071";

    /// <summary>The local emulator of ApsaraVideo Live and ICE.</summary>
    public const string EmulatorEndpoint = "http://127.0.0.1:7081";

    /// <summary>The emulator's default AccessKey ID.</summary>
    public const string EmulatorAccessKeyId = "testid";

    /// <summary>The emulator's default AccessKey secret (the published signature vector's; not a real secret).</summary>
    public const string EmulatorAccessKeySecret = "testsecret";

    /// <summary>Azurite on its default ports.</summary>
    public const string Storage = "UseDevelopmentStorage=true";

    /// <summary>
    /// The default values, by configuration key. The Alibaba group applies only when no <c>Alibaba:AccessKeyId</c> is
    /// configured (pairing emulator credentials with a real endpoint would only fail), storage only when no
    /// <c>AzureWebJobsStorage</c> value or <c>AzureWebJobsStorage:*</c> identity setting exists.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> For(IConfiguration configuration)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(configuration["Alibaba:AccessKeyId"]))
        {
            values["Alibaba:AccessKeyId"] = EmulatorAccessKeyId;
            values["Alibaba:AccessKeySecret"] = EmulatorAccessKeySecret;
            values["Alibaba:LiveEndpoint"] = EmulatorEndpoint;
            values["Alibaba:IceEndpoint"] = EmulatorEndpoint;
        }

        if (!configuration.GetSection("AzureWebJobsStorage").Exists())
        {
            values["AzureWebJobsStorage"] = Storage;
        }

        return values;
    }

    /// <summary>Adds <see cref="For"/> as the lowest-priority configuration source.</summary>
    public static void Apply(ConfigurationManager configuration)
    {
        var values = For(configuration);
        if (values.Count > 0)
        {
            configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = values });
        }
    }
}
