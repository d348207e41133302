using System.IO.Compression;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;

namespace LiveFunctions.Deployment.Tests.Package;

/// <summary>Unpacking the package as the platform does, and reading an emitted set of function.json files.</summary>
internal static class PackageFiles
{
    /// <summary>Extracts every entry and gives each file the permission bits its entry stores.</summary>
    [UnsupportedOSPlatform("windows")]
    public static void ExtractWithModes(string zipPath, string directory)
    {
        var root = Path.GetFullPath(directory) + Path.DirectorySeparatorChar;
        using var archive = ZipFile.OpenRead(zipPath);
        foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            var path = Path.GetFullPath(Path.Combine(root, entry.FullName));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The entry '{entry.FullName}' points outside the extraction folder.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            entry.ExtractToFile(path, overwrite: false);
            File.SetUnixFileMode(path, PackageRules.Permissions(entry));
        }
    }

    /// <summary>The function.json of every function folder under <paramref name="directory"/>, by function name.</summary>
    public static IReadOnlyDictionary<string, JsonNode> ReadFunctionJsonFolders(string directory) =>
        Directory.EnumerateDirectories(directory)
            .Where(folder => File.Exists(Path.Combine(folder, PackageRules.FunctionJson)))
            .ToDictionary(
                folder => Path.GetFileName(folder),
                folder => JsonNode.Parse(File.ReadAllText(Path.Combine(folder, PackageRules.FunctionJson)))!,
                StringComparer.Ordinal);
}
