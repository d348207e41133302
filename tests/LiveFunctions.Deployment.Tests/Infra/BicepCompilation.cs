using System.Text.Json;

namespace LiveFunctions.Deployment.Tests.Infra;

/// <summary>
/// Builds and lints every .bicep file under infra/ once for all the tests that need it: one `bicep build` and one
/// `bicep lint` over the whole folder (two processes instead of two per file), with diagnostics attributed to files
/// by the path bicep prints at the start of each diagnostic line.
/// </summary>
public sealed class BicepCompilation : IAsyncLifetime
{
    private const string Pattern = "infra/**/*.bicep";

    private readonly DirectoryInfo _outputDirectory = Directory.CreateTempSubdirectory("livefunctions-bicep-build-");

    internal BicepRun Build { get; private set; } = null!;

    internal BicepRun Lint { get; private set; } = null!;

    /// <summary>Every .bicep file under infra/, relative to the repository root.</summary>
    public static IReadOnlyList<string> Files { get; } =
        Directory.EnumerateFiles(RepositoryPaths.Infra, "*.bicep", SearchOption.AllDirectories)
            .Select(RepositoryPaths.Relative)
            .Order(StringComparer.Ordinal)
            .ToArray();

    public async Task InitializeAsync()
    {
        var build = BicepCli.RunAsync(
            RepositoryPaths.Root, "build", "--pattern", Pattern, "--outdir", _outputDirectory.FullName, "--no-restore");
        var lint = BicepCli.RunAsync(RepositoryPaths.Root, "lint", "--pattern", Pattern, "--no-restore");
        Build = await build;
        Lint = await lint;
    }

    public Task DisposeAsync()
    {
        _outputDirectory.Delete(recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The diagnostics (warnings, errors, infos) bicep reported for one file in a run.</summary>
    internal static IReadOnlyList<string> DiagnosticsFor(BicepRun run, string relativePath) =>
        DiagnosticsForPath(run, RepositoryPaths.Absolute(relativePath));

    /// <summary>The diagnostics bicep reported for the file at an absolute path: lines that start "path(line,column)".</summary>
    internal static IReadOnlyList<string> DiagnosticsForPath(BicepRun run, string absolutePath)
    {
        var prefix = absolutePath + "(";
        return (run.StandardError + Environment.NewLine + run.StandardOutput)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith(prefix, StringComparison.Ordinal))
            .ToArray();
    }

    /// <summary>The ARM template compiled from one file; null when the build wrote none.</summary>
    internal JsonDocument? CompiledTemplate(string relativePath)
    {
        // The build keeps each file's path below infra/ in the output folder, with a .json extension.
        var belowInfra = Path.GetRelativePath(RepositoryPaths.Infra, RepositoryPaths.Absolute(relativePath));
        var compiled = Path.Combine(_outputDirectory.FullName, Path.ChangeExtension(belowInfra, ".json"));
        return File.Exists(compiled) ? JsonDocument.Parse(File.ReadAllText(compiled)) : null;
    }
}
