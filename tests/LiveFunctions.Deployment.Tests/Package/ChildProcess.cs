using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LiveFunctions.Deployment.Tests.Package;

/// <summary>One finished run of a child process.</summary>
internal sealed record ChildProcessRun(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Everything about the run, for a failure message.</summary>
    public string Describe() =>
        $"""
        command: {CommandLine}
        exit code: {ExitCode}
        stderr:
        {StandardError}
        stdout (last 6000 characters):
        {StandardOutput[Math.Max(0, StandardOutput.Length - 6000)..]}
        """;
}

/// <summary>
/// Runs the package script and the packaged app as a shell would: no variables of the test session's own build
/// (MSBuild*) and none that would make the app think it runs under the Functions host.
/// </summary>
internal static class ChildProcess
{
    public static async Task<ChildProcessRun> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        using var process = Process.Start(StartInfo(fileName, arguments, workingDirectory))
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        var commandLine = $"{fileName} {string.Join(' ', arguments)}";
        using var expiry = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(expiry.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"`{commandLine}` did not finish within {timeout}.\n{await standardError}\n{await standardOutput}");
        }

        return new ChildProcessRun(commandLine, process.ExitCode, await standardOutput, await standardError);
    }

    /// <summary>Starts a long-running child whose output is read and dropped (so its pipes never fill up).</summary>
    public static Process Start(string fileName, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var process = Process.Start(StartInfo(fileName, arguments, workingDirectory))
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on now (this project does not reference LiveFunctions.Testing).</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo StartInfo(string fileName, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo(fileName)
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

        var inherited = startInfo.Environment.Keys
            .Where(key => key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            .Concat(["FUNCTIONS_CUSTOMHANDLER_PORT", "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT"])
            .ToArray();
        foreach (var key in inherited)
        {
            startInfo.Environment.Remove(key);
        }

        return startInfo;
    }
}
