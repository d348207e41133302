using System.Reflection;

namespace LiveFunctions.Deployment.Tests;

/// <summary>Where the repository and the Bicep CLI are, as the build recorded them in the assembly's metadata.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string Infra { get; } = Path.Combine(Root, "infra");

    /// <summary>The bicep executable inside the restored Azure.Bicep.CommandLine.linux-x64 package.</summary>
    public static string BicepCliInPackage { get; } = Metadata("BicepCliPath");

    /// <summary>A path relative to the repository root, with '/' separators (stable test-case names).</summary>
    public static string Relative(string path) =>
        Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');

    public static string Absolute(string relativePath) =>
        Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    private static string Metadata(string key)
    {
        var value = typeof(RepositoryPaths).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"The test assembly has no '{key}' metadata; it is set in LiveFunctions.Deployment.Tests.csproj.");
        }

        return Path.GetFullPath(value);
    }
}
