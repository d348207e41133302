namespace LiveFunctions.Deployment.Tests.Infra;

/// <summary>The per-file checks are only as good as the attribution of bicep's output lines to files: proven here.</summary>
public sealed class BicepDiagnosticsTests
{
    [Fact]
    public async Task DiagnosticsForPath_FileWithUnusedParameter_FindsTheLinterWarning()
    {
        var directory = Directory.CreateTempSubdirectory("livefunctions-bicep-lint-");
        try
        {
            var flawed = Path.Combine(directory.FullName, "flawed.bicep");
            var clean = Path.Combine(directory.FullName, "clean.bicep");
            await File.WriteAllTextAsync(flawed, "param unused string\n");
            await File.WriteAllTextAsync(clean, "output answer int = 42\n");

            var run = await BicepCli.RunAsync(directory.FullName, "lint", "--pattern", "*.bicep", "--no-restore");

            var flawedDiagnostics = BicepCompilation.DiagnosticsForPath(run, flawed);
            Assert.True(flawedDiagnostics.Count == 1, run.Describe());
            Assert.Contains("no-unused-params", flawedDiagnostics[0], StringComparison.Ordinal);
            Assert.Empty(BicepCompilation.DiagnosticsForPath(run, clean));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
