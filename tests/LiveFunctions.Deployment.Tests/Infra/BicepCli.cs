using System.Diagnostics;
using System.Text;

namespace LiveFunctions.Deployment.Tests.Infra;

/// <summary>One finished run of the Bicep CLI.</summary>
internal sealed record BicepRun(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Everything about the run, for a failure message.</summary>
    public string Describe() =>
        $"""
        command: {CommandLine}
        exit code: {ExitCode}
        stderr:
        {StandardError}
        stdout (first 4000 characters):
        {StandardOutput[..Math.Min(StandardOutput.Length, 4000)]}
        """;
}

/// <summary>
/// Runs the Bicep CLI of the NuGet package, offline: no module restore (the templates use no registry modules) and
/// tracing off, so stderr carries diagnostics only. Every run has a timeout and kills the process tree on expiry.
/// </summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static readonly Lazy<string> Executable = new(LocateExecutable, LazyThreadSafetyMode.ExecutionAndPublication);

    public static async Task<BicepRun> RunAsync(string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(Executable.Value)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // A developer's BICEP_TRACING_ENABLED=true would put trace lines on stderr, where the tests look for warnings.
        startInfo.Environment["BICEP_TRACING_ENABLED"] = "false";

        var commandLine = $"bicep {string.Join(' ', arguments)}";
        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {startInfo.FileName}.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException(
                $"`{commandLine}` did not finish within {Timeout}.{Environment.NewLine}stderr:{Environment.NewLine}" +
                await standardError);
        }

        return new BicepRun(commandLine, process.ExitCode, await standardOutput, await standardError);
    }

    private static string LocateExecutable()
    {
        var path = RepositoryPaths.BicepCliInPackage;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The Bicep CLI is not at {path}. Restore the test project (dotnet restore) so the " +
                "Azure.Bicep.CommandLine.linux-x64 package is in the NuGet package folder.");
        }

        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The Bicep CLI package referenced here is the linux-x64 build.");
        }

        const UnixFileMode executeBits = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserExecute) != 0)
        {
            return path;
        }

        // Some package extractions drop the execute bit: set it, or run a marked copy if the package folder is read-only.
        try
        {
            File.SetUnixFileMode(path, mode | executeBits);
            return path;
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            var copyDirectory = Directory.CreateTempSubdirectory("livefunctions-bicep-");
            var copy = Path.Combine(copyDirectory.FullName, "bicep");
            File.Copy(path, copy);
            File.SetUnixFileMode(copy, File.GetUnixFileMode(copy) | executeBits);
            return copy;
        }
    }
}
