using System.ComponentModel;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace LiveFunctions.Deployment.Tests.Package;

/// <summary>
/// One run of <c>build/package.sh</c> per test run, into a temporary output folder (its build outputs go there too, so
/// it never touches the src/*/bin and obj folders that other test projects use meanwhile). The zip is then
/// extracted with its stored modes, and the published app's own emitter says which functions it declares.
/// </summary>
public sealed class PackageBuild : IAsyncLifetime
{
    // A cold self-contained ReadyToRun publish takes 1-2 minutes on two cores; allow for a busy machine.
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(12);
    private static readonly TimeSpan EmitTimeout = TimeSpan.FromMinutes(2);

    private IReadOnlyDictionary<string, JsonNode>? _declaredFunctions;
    private string _emitFailure = string.Empty;

    /// <summary>The script's output folder (deleted after the run).</summary>
    public string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), "lf-package-" + Guid.NewGuid().ToString("N"));

    public string ZipPath => Path.Combine(OutputDirectory, "livefunctions.zip");

    /// <summary>The folder the script published into and zipped (its <c>DIR/function-app</c>).</summary>
    public string PublishedRoot => Path.Combine(OutputDirectory, "function-app");

    /// <summary>The zip's contents, extracted with the modes it stores.</summary>
    public string ExtractedRoot => Path.Combine(OutputDirectory, "extracted");

    /// <summary>The executable that host.json names, in <see cref="ExtractedRoot"/>.</summary>
    public string ExtractedExecutable => Path.Combine(ExtractedRoot, "LiveFunctions.App");

    internal ChildProcessRun Script { get; private set; } = null!;

    /// <summary>
    /// What the built app declares: the <c>--emit-functions</c> output of the published executable (the one in
    /// <see cref="PublishedRoot"/>, so that a zip that broke the executable still gets its own precise findings), by
    /// function name. When the app could not run, reading this fails with the reason.
    /// </summary>
    internal IReadOnlyDictionary<string, JsonNode> DeclaredFunctions =>
        _declaredFunctions ?? throw new InvalidOperationException("The published app's --emit-functions did not run.\n" + _emitFailure);

    public async Task InitializeAsync()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("build/package.sh runs in a Unix shell and the package is for linux-x64.");
        }

        var script = Path.Combine(RepositoryPaths.Root, "build", "package.sh");
        Script = await ChildProcess.RunAsync(script, ["--output", OutputDirectory], RepositoryPaths.Root, ScriptTimeout);
        if (Script.ExitCode != 0)
        {
            throw new InvalidOperationException("build/package.sh failed.\n" + Script.Describe());
        }

        PackageFiles.ExtractWithModes(ZipPath, ExtractedRoot);

        var declared = Path.Combine(OutputDirectory, "declared");
        try
        {
            var emit = await ChildProcess.RunAsync(Path.Combine(PublishedRoot, "LiveFunctions.App"), ["--emit-functions", declared], PublishedRoot, EmitTimeout);
            if (emit.ExitCode == 0)
            {
                _declaredFunctions = PackageFiles.ReadFunctionJsonFolders(declared);
            }
            else
            {
                _emitFailure = emit.Describe();
            }
        }
        catch (Win32Exception exception)
        {
            _emitFailure = $"The published LiveFunctions.App could not be started: {exception.Message}";
        }
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(OutputDirectory))
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }

    internal ZipArchive OpenZip() => ZipFile.OpenRead(ZipPath);
}

/// <summary>The tests that share one package build. Slow (a self-contained ReadyToRun publish), hence Category=Publish.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageBuild>
{
    public const string Name = "Package";
}
