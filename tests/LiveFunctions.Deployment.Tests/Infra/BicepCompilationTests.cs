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

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Lint_File_ReportsNoDiagnostics(string file)
    {
        var diagnostics = BicepCompilation.DiagnosticsFor(compilation.Lint, file);
        Assert.True(diagnostics.Count == 0, $"bicep lint reported for {file}:\n{string.Join('\n', diagnostics)}");
    }
}
