using Microsoft.Extensions.Configuration.Memory;

namespace LiveFunctions.App.Hosting.Configuration;

/// <summary>
/// Loads host.json (the one at the repository root, copied next to the executable and to the Function App root) into
/// configuration under <see cref="HostJsonOptions.Section"/> at the lowest priority, so there is one declaration of the
/// queue and timeout settings for both hosts, and app settings override it the way the Functions host allows.
/// </summary>
internal static class HostJsonConfiguration
{
    public const string FileName = "host.json";

    /// <summary>Where host.json is looked for: the Function App root, next to the executable, the content root.</summary>
    public static string? Find(IConfiguration configuration, string contentRoot)
    {
        string?[] folders = [configuration["FUNCTIONS_APP_ROOT_PATH"], AppContext.BaseDirectory, contentRoot];
        return folders
            .Where(f => !string.IsNullOrEmpty(f))
            .Select(f => Path.Combine(f!, FileName))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The host.json values by configuration key (prefixed with the section).</summary>
    public static IReadOnlyDictionary<string, string?> Read(string path)
    {
        var file = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
        return file.AsEnumerable()
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => HostJsonOptions.Section + ":" + pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Adds host.json (when found) as the lowest-priority source; returns its path or null.</summary>
    public static string? Apply(ConfigurationManager configuration, string contentRoot)
    {
        var path = Find(configuration, contentRoot);
        if (path is not null)
        {
            configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Read(path) });
        }

        return path;
    }
}
