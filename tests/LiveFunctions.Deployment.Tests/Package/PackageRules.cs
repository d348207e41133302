using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LiveFunctions.Deployment.Tests.Package;

/// <summary>
/// What a Function App package must look like for the Functions host to run this custom handler, checked on the zip
/// itself: <c>host.json</c> at the root naming an executable that is in the zip with its execute bits, one folder
/// per function the app declares holding only an equal <c>function.json</c>, the app's runtime files (the apphost,
/// its deps.json and runtimeconfig.json, appsettings.json and every file its deps.json lists), and nothing else.
/// Returns the problems found; none for a good package.
/// </summary>
internal static class PackageRules
{
    public const string HostJson = "host.json";
    public const string FunctionJson = "function.json";
    public const string AppSettings = "appsettings.json";

    private const UnixFileMode ExecuteByAll = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public static IReadOnlyList<string> Check(ZipArchive archive, IReadOnlyDictionary<string, JsonNode> declaredFunctions)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(declaredFunctions);
        var problems = new List<string>();
        var files = Files(archive, problems);

        var functionFolders = CheckFunctions(files, declaredFunctions, problems);
        var executable = CheckHostJson(files, problems);
        if (executable is null)
        {
            // Without the executable's name there is no deps.json to tell the app's runtime files from anything else.
            return problems;
        }

        var runtimeFiles = RuntimeFiles(files, executable, problems);

        foreach (var path in files.Keys.Order(StringComparer.Ordinal))
        {
            var folder = path.Contains('/', StringComparison.Ordinal) ? path[..path.IndexOf('/', StringComparison.Ordinal)] : null;
            var expected = path == HostJson
                || runtimeFiles.Contains(path)
                || (folder is not null && functionFolders.Contains(folder) && path == $"{folder}/{FunctionJson}");
            if (!expected)
            {
                problems.Add(folder is not null && functionFolders.Contains(folder)
                    ? $"{path}: a function folder holds only its {FunctionJson}."
                    : $"{path}: neither {HostJson}, a function's {FunctionJson} nor a runtime file of the app (deps.json does not list it); the host does not need it.");
            }
        }

        foreach (var directory in archive.Entries.Where(e => e.FullName.EndsWith('/')).Select(e => e.FullName))
        {
            if (!files.Keys.Any(path => path.StartsWith(directory, StringComparison.Ordinal)))
            {
                problems.Add($"{directory}: an empty folder.");
            }
        }

        return problems;
    }

    /// <summary>The permission bits of an entry: the high 16 bits of its external attributes, as Unix zips store st_mode.</summary>
    public static UnixFileMode Permissions(ZipArchiveEntry entry) => (UnixFileMode)((entry.ExternalAttributes >> 16) & 0x1FF);

    /// <summary>Whether the stored st_mode says "regular file" (0o100000), i.e. the zip records Unix modes at all.</summary>
    public static bool IsUnixRegularFile(ZipArchiveEntry entry) => ((entry.ExternalAttributes >> 16) & 0xF000) == 0x8000;

    private static Dictionary<string, ZipArchiveEntry> Files(ZipArchive archive, List<string> problems)
    {
        var files = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            if (entry.FullName.Contains('\\', StringComparison.Ordinal) || entry.FullName.StartsWith('/') || entry.FullName.Split('/').Contains(".."))
            {
                problems.Add($"{entry.FullName}: not a relative path with '/' separators.");
            }

            if (!files.TryAdd(entry.FullName, entry))
            {
                problems.Add($"{entry.FullName}: in the zip more than once.");
            }
        }

        return files;
    }

    private static string? CheckHostJson(Dictionary<string, ZipArchiveEntry> files, List<string> problems)
    {
        if (!files.TryGetValue(HostJson, out var hostJson))
        {
            problems.Add($"{HostJson} is not at the root of the zip.");
            return null;
        }

        var host = Parse(hostJson, problems);
        var executable = host?["customHandler"]?["description"]?["defaultExecutablePath"] is JsonValue value
            && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
        if (executable is null)
        {
            problems.Add($"{HostJson} has no customHandler.description.defaultExecutablePath.");
            return null;
        }

        if (!files.TryGetValue(executable, out var entry))
        {
            problems.Add($"{HostJson} names the executable '{executable}', which is not in the zip.");
            return executable;
        }

        if (!IsUnixRegularFile(entry))
        {
            problems.Add($"{executable}: the zip stores no Unix mode for it (external attributes 0x{entry.ExternalAttributes:x8}), so it would not be executable.");
        }
        else if ((Permissions(entry) & ExecuteByAll) != ExecuteByAll)
        {
            problems.Add($"{executable}: mode {Convert.ToString((int)Permissions(entry), 8)} lacks execute bits (0o111); the host could not start it.");
        }

        return executable;
    }

    // The apphost and its configuration files, appsettings.json, and every runtime, native and resource asset that the
    // deps.json lists (publish puts them flat at the root, resources under their culture folder).
    private static HashSet<string> RuntimeFiles(Dictionary<string, ZipArchiveEntry> files, string executable, List<string> problems)
    {
        var deps = executable + ".deps.json";
        var runtimeConfig = executable + ".runtimeconfig.json";
        foreach (var required in new[] { deps, runtimeConfig }.Where(f => !files.ContainsKey(f)))
        {
            problems.Add($"{required} is missing: the executable cannot start without it.");
        }

        var listed = files.TryGetValue(deps, out var depsEntry) ? ListedAssets(depsEntry, problems) : [];
        foreach (var missing in listed.Where(f => !files.ContainsKey(f)).Order(StringComparer.Ordinal))
        {
            problems.Add($"{missing}: {deps} lists it but the zip does not have it.");
        }

        listed.UnionWith([executable, deps, runtimeConfig, AppSettings]);
        return listed;
    }

    private static HashSet<string> ListedAssets(ZipArchiveEntry depsEntry, List<string> problems)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var document = Parse(depsEntry, problems);
        var targetName = document?["runtimeTarget"]?["name"]?.GetValue<string>();
        if (document is null || targetName is null || document["targets"]?[targetName] is not JsonObject target)
        {
            problems.Add($"{depsEntry.FullName}: no runtimeTarget with its targets entry.");
            return listed;
        }

        foreach (var (_, library) in target)
        {
            foreach (var (asset, _) in Assets(library, "runtime").Concat(Assets(library, "native")))
            {
                listed.Add(Path.GetFileName(asset));
            }

            foreach (var (asset, properties) in Assets(library, "resources"))
            {
                listed.Add($"{properties?["locale"]?.GetValue<string>()}/{Path.GetFileName(asset)}");
            }
        }

        return listed;
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Assets(JsonNode? library, string kind) =>
        library?[kind] as JsonObject ?? Enumerable.Empty<KeyValuePair<string, JsonNode?>>();

    private static HashSet<string> CheckFunctions(Dictionary<string, ZipArchiveEntry> files, IReadOnlyDictionary<string, JsonNode> declared, List<string> problems)
    {
        var folders = files.Keys
            .Where(path => path.EndsWith("/" + FunctionJson, StringComparison.Ordinal) && path.Count(c => c == '/') == 1)
            .Select(path => path[..path.IndexOf('/', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);

        foreach (var folder in folders.Order(StringComparer.Ordinal))
        {
            var path = $"{folder}/{FunctionJson}";
            if (Parse(files[path], problems) is not { } json)
            {
                continue;
            }

            var bindings = json["bindings"] as JsonArray;
            var triggers = bindings?.Count(b => b?["type"]?.GetValue<string>().EndsWith("Trigger", StringComparison.Ordinal) == true) ?? 0;
            if (bindings is null || triggers != 1)
            {
                problems.Add($"{path}: needs a bindings array with exactly one trigger (has {triggers}).");
            }

            if (!declared.TryGetValue(folder, out var expected))
            {
                problems.Add($"{path}: the app declares no function '{folder}'.");
            }
            else if (!JsonNode.DeepEquals(json, expected))
            {
                problems.Add($"{path}: differs from the app's declaration.\n  zip: {json.ToJsonString()}\n  app: {expected.ToJsonString()}");
            }
        }

        foreach (var missing in declared.Keys.Where(name => !folders.Contains(name)).Order(StringComparer.Ordinal))
        {
            problems.Add($"{missing}/{FunctionJson}: the app declares the function '{missing}' but the zip has no folder for it.");
        }

        return folders;
    }

    private static JsonNode? Parse(ZipArchiveEntry entry, List<string> problems)
    {
        try
        {
            using var stream = entry.Open();
            return JsonNode.Parse(stream) ?? throw new JsonException("the document is null");
        }
        catch (JsonException exception)
        {
            problems.Add($"{entry.FullName}: not valid JSON ({exception.Message}).");
            return null;
        }
    }
}
