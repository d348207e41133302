using System.Runtime.Versioning;

namespace LiveFunctions.Deployment.Tests.Package;

/// <summary>The script's command line, checked without building anything (it stops before publishing).</summary>
public sealed class PackageScriptArgumentTests
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "build", "package.sh");

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--output")]
    public async Task Run_BadArgument_ExitsWith2AndSaysWhy(string argument)
    {
        var run = await ChildProcess.RunAsync(Script, [argument], RepositoryPaths.Root, TimeSpan.FromSeconds(30));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(argument, run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet publish", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Help_PrintsUsageAndExitsWith0()
    {
        var run = await ChildProcess.RunAsync(Script, ["--help"], RepositoryPaths.Root, TimeSpan.FromSeconds(30));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("build/package.sh [--output DIR]", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Script_InTheCheckout_IsExecutable()
    {
        Assert.True((File.GetUnixFileMode(Script) & UnixFileMode.UserExecute) != 0, "build/package.sh lost its execute bit; azure.yaml runs it as ./build/package.sh");
    }
}
