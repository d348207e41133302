using System.Diagnostics;
using System.Text.Json;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.EndToEnd.Tests.RateLimiting;

/// <summary>
/// One OS process of the benchmark harness in its <c>rate-limiter-worker</c> mode (built with this project, see its
/// csproj): its own Core client, handler and limiter, on the given storage, calling the emulator.
/// </summary>
internal static class RateLimiterWorkerProcess
{
    /// <summary>The harness of the same configuration as these tests (bench/LiveFunctions.Bench/bin/{Release|Debug}/…).</summary>
    public static string BenchAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var path = Path.Combine(RepositoryRoot.Find(), "bench", "LiveFunctions.Bench", "bin", configuration, framework, "LiveFunctions.Bench.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"The benchmark harness is not built: {path}.");
    }

    /// <summary>Starts a worker; read its answer with <see cref="ResultAsync"/>.</summary>
    public static Process Start(string storage, Uri emulator, int workers, DateTimeOffset start, int seconds, params string[] settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[BenchAssembly(), "rate-limiter-worker", emulator.ToString().TrimEnd('/'), workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            start.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), .. settings])
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["AzureWebJobsStorage"] = storage;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException("The worker did not start.");
    }

    /// <summary>Waits for the worker to end (killing it after <paramref name="timeout"/>) and parses its <c>RESULT</c> line.</summary>
    public static async Task<JsonElement> ResultAsync(Process process, TimeSpan timeout)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The rate-limiter worker did not end within {timeout}.");
        }

        var line = (await output).Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The worker exited {process.ExitCode} without a result: {await errors}");
        using var document = JsonDocument.Parse(line["RESULT ".Length..]);
        return document.RootElement.Clone();
    }
}
