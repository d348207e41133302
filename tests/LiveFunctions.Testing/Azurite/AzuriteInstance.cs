using System.Diagnostics;

namespace LiveFunctions.Testing.Azurite;

/// <summary>
/// One Azurite process (the repository's pinned <c>tools/node_modules/.bin/azurite</c>) with in-memory storage on random
/// free loopback ports, for tests. Dispose kills the whole process tree. If the test process dies without disposing,
/// Azurite still goes away on Linux: it runs under a small shell that kills it when our end of its stdin pipe closes.
/// </summary>
public sealed class AzuriteInstance : IAsyncDisposable
{
    /// <summary>Azurite's default account.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known default account key (public; not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly AzuriteOutput _output;
    private int _disposed;

    private AzuriteInstance(Process process, AzuriteOutput output, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        _output = output;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    /// <summary>The port the blob service listens on (127.0.0.1).</summary>
    public int BlobPort { get; }

    /// <summary>The port the queue service listens on (127.0.0.1).</summary>
    public int QueuePort { get; }

    /// <summary>The port the table service listens on (127.0.0.1).</summary>
    public int TablePort { get; }

    /// <summary><c>http://127.0.0.1:{BlobPort}/devstoreaccount1</c>.</summary>
    public string BlobEndpoint => $"http://127.0.0.1:{BlobPort}/{AccountName}";

    /// <summary><c>http://127.0.0.1:{QueuePort}/devstoreaccount1</c>.</summary>
    public string QueueEndpoint => $"http://127.0.0.1:{QueuePort}/{AccountName}";

    /// <summary><c>http://127.0.0.1:{TablePort}/devstoreaccount1</c>.</summary>
    public string TableEndpoint => $"http://127.0.0.1:{TablePort}/{AccountName}";

    /// <summary>A connection string for this instance, in the form Azurite documents for custom ports.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";

    /// <summary>Everything Azurite printed so far (for diagnosing a failing test).</summary>
    public string Output => _output.Text;

    /// <summary>
    /// Starts Azurite and returns once the blob, queue and table services all listen. Throws with a clear message when
    /// the tools are not installed (<c>npm ci --prefix tools</c>) or Azurite does not come up.
    /// </summary>
    public static async Task<AzuriteInstance> StartAsync(CancellationToken cancellationToken = default)
    {
        var root = RepositoryRoot.Find();
        var executable = Path.Combine(root, "tools", "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed at {executable}. Run 'npm ci --prefix tools --no-audit --no-fund' in {root} once.");
        }

        var output = new AzuriteOutput();
        var process = new Process { StartInfo = StartInfo(executable, root), EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        if (!process.Start())
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start {executable}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var ports = await output.WaitForPortsAsync(process, StartTimeout, cancellationToken);
            return new AzuriteInstance(process, output, ports.Blob, ports.Queue, ports.Table);
        }
        catch
        {
            Kill(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Kills Azurite and everything it started.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Kill(_process);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            // It was sent SIGKILL; if it has not been reaped within 10 s there is nothing more to do here.
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string executable, string root)
    {
        string[] arguments =
        [
            "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
            "--extentMemoryLimit", "256",
            "--blobHost", "127.0.0.1", "--blobPort", "0",
            "--queueHost", "127.0.0.1", "--queuePort", "0",
            "--tableHost", "127.0.0.1", "--tablePort", "0",
        ];
        var info = new ProcessStartInfo
        {
            WorkingDirectory = Path.Combine(root, "tools"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (OperatingSystem.IsWindows())
        {
            info.FileName = executable;
        }
        else
        {
            // The shell keeps a copy of our stdin pipe (fd 3) and kills Azurite when it reaches end of file, i.e. when this
            // process exits, even by a crash. Asynchronous commands get /dev/null as stdin, hence the explicit <&3.
            info.FileName = "/bin/sh";
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("exec 3<&0; \"$0\" \"$@\" </dev/null & child=$!; (read -r _ <&3; kill $child 2>/dev/null) & wait $child");
            info.ArgumentList.Add(executable);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // These would replace the default account or change its behaviour.
        info.Environment.Remove("AZURITE_ACCOUNTS");
        info.Environment.Remove("AZURITE_DB");
        return info;
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
