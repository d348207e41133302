namespace LiveFunctions.Deployment.Tests.Infra;

[Collection(BicepCollection.Name)]
public sealed class BicepCompilationTests(BicepCompilation compilation)
{
    public static TheoryData<string> BicepFiles() => new(BicepCompilation.Files);

    [Fact]
    public void Files_InfraFolder_HoldsMainAndModules()
    {
        Assert.Contains("infra/main.bicep", BicepCompilation.Files);
        Assert.Contains(BicepCompilation.Files, file => file.StartsWith("infra/app/", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WholeInfraFolder_ExitsZeroWithEmptyStderr()
    {
        Assert.True(compilation.Build.ExitCode == 0, compilation.Build.Describe());
        Assert.True(compilation.Build.StandardError.Trim().Length == 0, compilation.Build.Describe());
    }

    [Fact]
    public void Lint_WholeInfraFolder_ExitsZeroWithoutOutput()
    {
        Assert.True(compilation.Lint.ExitCode == 0, compilation.Lint.Describe());
        Assert.True(
            compilation.Lint.StandardError.Trim().Length == 0 && compilation.Lint.StandardOutput.Trim().Length == 0,
            compilation.Lint.Describe());
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Build_File_WritesTemplateWithoutDiagnostics(string file)
    {
        var diagnostics = BicepCompilation.DiagnosticsFor(compilation.Build, file);
        Assert.True(diagnostics.Count == 0, $"bicep build reported for {file}:\n{string.Join('\n', diagnostics)}");

        using var template = compilation.CompiledTemplate(file);
        Assert.True(template is not null, $"bicep build wrote no template for {file}.\n{compilation.Build.Describe()}");
        Assert.True(template.RootElement.TryGetProperty("resources", out _), $"The template of {file} has no resources.");
    }

    // Registry modules (br:, br/public:, ts:) need network access to restore; every module here is a local file.
    [Fact]
    public void Modules_AllInfraFiles_AreLocalFilesNotRegistryModules()
    {
        var modules = BicepCompilation.Files
            .SelectMany(file => File.ReadAllLines(RepositoryPaths.Absolute(file))
                .Select(line => line.Trim())
                .Where(line => line.StartsWith("module ", StringComparison.Ordinal))
                .Select(line => (File: file, Source: line.Split('\'')[1])))
            .ToArray();

        Assert.NotEmpty(modules);
        foreach (var (file, source) in modules)
        {
            var local = Path.Combine(Path.GetDirectoryName(RepositoryPaths.Absolute(file))!, source);
            Assert.True(File.Exists(local), $"{file} uses module '{source}', which is not a local file (registry modules need network access).");
        }
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Lint_File_ReportsNoDiagnostics(string file)
    {
        var diagnostics = BicepCompilation.DiagnosticsFor(compilation.Lint, file);
        Assert.True(diagnostics.Count == 0, $"bicep lint reported for {file}:\n{string.Join('\n', diagnostics)}");
    }
}
