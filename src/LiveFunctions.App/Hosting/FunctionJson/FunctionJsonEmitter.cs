using System.Text.Json;
using LiveFunctions.App.Hosting.Declarations;

namespace LiveFunctions.App.Hosting.FunctionJson;

/// <summary>
/// <c>LiveFunctions.App --emit-functions &lt;dir&gt;</c>: writes <c>&lt;dir&gt;/&lt;function&gt;/function.json</c> for every
/// declared function without starting the web server (run by the publish target into the Function App root).
/// Folders of functions that no longer exist are removed.
/// </summary>
internal static class FunctionJsonEmitter
{
    public const string Argument = "--emit-functions";
    public const string FileName = "function.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The directory after <see cref="Argument"/>, when present.</summary>
    public static bool TryGetDirectory(IReadOnlyList<string> args, out string directory)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (string.Equals(args[i], Argument, StringComparison.Ordinal))
            {
                directory = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{Argument} needs a directory.", nameof(args));
                return true;
            }

            if (args[i].StartsWith(Argument + "=", StringComparison.Ordinal))
            {
                directory = args[i][(Argument.Length + 1)..];
                return true;
            }
        }

        directory = string.Empty;
        return false;
    }

    /// <summary>Writes every function.json; returns the function names written.</summary>
    public static IReadOnlyList<string> Emit(FunctionCatalog catalog, string directory)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var documents = catalog.ProxiedHttp.Select(p => (p.Name, Json: FunctionJsonBuilder.Build(p)))
            .Concat(catalog.Definitions.Select(d => (d.Name, Json: FunctionJsonBuilder.Build(d))))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToArray();

        Directory.CreateDirectory(directory);
        RemoveStale(directory, documents.Select(d => d.Name).ToHashSet(StringComparer.Ordinal));
        foreach (var (name, json) in documents)
        {
            var folder = Path.Combine(directory, name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, FileName), json.ToJsonString(Indented) + "\n");
        }

        return documents.Select(d => d.Name).ToArray();
    }

    private static void RemoveStale(string directory, HashSet<string> current)
    {
        foreach (var folder in Directory.EnumerateDirectories(directory))
        {
            var file = Path.Combine(folder, FileName);
            if (!current.Contains(Path.GetFileName(folder)) && File.Exists(file))
            {
                File.Delete(file);
                if (!Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
        }
    }
}
