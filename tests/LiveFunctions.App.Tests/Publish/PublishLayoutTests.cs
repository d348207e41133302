using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using LiveFunctions.App.Tests.Hosting.Configuration;
using LiveFunctions.Testing;

namespace LiveFunctions.App.Tests.Publish;

/// <summary>
/// Runs the documented `dotnet publish src/LiveFunctions.App -c Release` on a copy of the sources (so the build
/// outputs of the running test session are not touched) and checks the folder is a complete Function App root.
/// Slow (self-contained ReadyToRun publish, about a minute), hence its own category.
/// </summary>
[Trait("Category", "Publish")]
public sealed class PublishLayoutTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "lf-publish-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Fact]
    public async Task Publish_Release_ProducesAFunctionAppRootThatRuns()
    {
        var root = HostingConfigurationTests.RepositoryRoot();
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "host.json", ".editorconfig" })
        {
            Directory.CreateDirectory(_work);
            File.Copy(Path.Combine(root, file), Path.Combine(_work, file));
        }

        CopySources(Path.Combine(root, "src", "LiveFunctions.App"), Path.Combine(_work, "src", "LiveFunctions.App"));
        CopySources(Path.Combine(root, "src", "LiveFunctions.Core"), Path.Combine(_work, "src", "LiveFunctions.Core"));

        var (exitCode, output) = await RunAsync(Dotnet(), ["publish", "src/LiveFunctions.App", "-c", "Release", "-nologo"], _work, TimeSpan.FromMinutes(4));
        Assert.True(exitCode == 0, "dotnet publish failed:\n" + output);

        var publish = Path.Combine(_work, "src", "LiveFunctions.App", "bin", "Release", "net10.0", "linux-x64", "publish");
        Assert.Equal(File.ReadAllText(Path.Combine(root, "host.json")), File.ReadAllText(Path.Combine(publish, "host.json")));

        // The apphost named in host.json, self-contained and ReadyToRun.
        var apphost = Path.Combine(publish, "LiveFunctions.App");
        Assert.True(File.Exists(apphost), "the executable is missing");
        if (!OperatingSystem.IsWindows())
        {
            Assert.True((File.GetUnixFileMode(apphost) & UnixFileMode.UserExecute) != 0, "the executable is not executable");
        }

        Assert.True(File.Exists(Path.Combine(publish, "libcoreclr.so")), "the publish is not self-contained");
        using (var dll = new PEReader(File.OpenRead(Path.Combine(publish, "LiveFunctions.App.dll"))))
        {
            Assert.True(dll.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, "LiveFunctions.App.dll is not ReadyToRun");
        }

        Assert.False(File.Exists(Path.Combine(publish, "web.config")));

        // One folder per function: exactly the ones the published app declares.
        var declared = Path.Combine(_work, "declared");
        var (emitCode, emitOutput) = await RunAsync(apphost, ["--emit-functions", declared], publish, TimeSpan.FromMinutes(1));
        Assert.True(emitCode == 0, emitOutput);
        Assert.Equal(FunctionFolders(declared), FunctionFolders(publish));
        foreach (var folder in FunctionFolders(publish))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(publish, folder, "function.json")));
            Assert.NotEmpty(document.RootElement.GetProperty("bindings").EnumerateArray());
        }

        await AssertStartsStandaloneAsync(apphost, publish);
    }

    private static async Task AssertStartsStandaloneAsync(string apphost, string workingDirectory)
    {
        var port = FreePort.Next();
        using var process = Start(apphost, [$"--urls=http://127.0.0.1:{port}"], workingDirectory);
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (true)
            {
                try
                {
                    using var response = await client.GetAsync($"http://127.0.0.1:{port}/");
                    Assert.True(response.IsSuccessStatusCode);
                    return;
                }
                catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
                {
                    await Task.Delay(100);
                }
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
    }

    private static string[] FunctionFolders(string directory) =>
        Directory.EnumerateDirectories(directory)
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToArray()!;

    private static void CopySources(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj")
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Dotnet() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static Process Start(string fileName, IEnumerable<string> args, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The child must not think it runs under the Functions host or inherit test-session settings.
        info.Environment.Remove("FUNCTIONS_CUSTOMHANDLER_PORT");
        info.Environment.Remove("ASPNETCORE_URLS");
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> args, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, $"timed out after {timeout}\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, await stdout + "\n" + await stderr);
    }
}
