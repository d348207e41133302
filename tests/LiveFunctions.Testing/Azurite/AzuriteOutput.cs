using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LiveFunctions.Testing.Azurite;

/// <summary>Collects Azurite's console lines and reads the ports from its "successfully listening at" lines.</summary>
internal sealed partial class AzuriteOutput
{
    private readonly object _gate = new();
    private readonly StringBuilder _text = new();
    private readonly Dictionary<string, int> _ports = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _allListening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Everything printed so far.</summary>
    public string Text
    {
        get
        {
            lock (_gate)
            {
                return _text.ToString();
            }
        }
    }

    /// <summary>Takes one line of output.</summary>
    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_text.Length < 64 * 1024)
            {
                _text.AppendLine(line);
            }

            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                _ports[match.Groups["service"].Value] = int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture);
                if (_ports.ContainsKey("Blob") && _ports.ContainsKey("Queue") && _ports.ContainsKey("Table"))
                {
                    _allListening.TrySetResult();
                }
            }
        }
    }

    /// <summary>Waits until all three services listen; throws with the output when Azurite exits or the time runs out.</summary>
    public async Task<(int Blob, int Queue, int Table)> WaitForPortsAsync(
        System.Diagnostics.Process process, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        Task finished;
        try
        {
            var exited = process.WaitForExitAsync(timeoutSource.Token);
            finished = await Task.WhenAny(_allListening.Task, exited, Task.Delay(Timeout.Infinite, timeoutSource.Token));
        }
        finally
        {
            // Completes the two waits that lost the race.
            await timeoutSource.CancelAsync();
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (finished != _allListening.Task)
        {
            var why = process.HasExited ? $"exited with code {process.ExitCode}" : $"did not listen within {timeout.TotalSeconds:0} s";
            throw new InvalidOperationException($"Azurite {why}. Its output:\n{Text}");
        }

        lock (_gate)
        {
            return (_ports["Blob"], _ports["Queue"], _ports["Table"]);
        }
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at https?://[^\s:]+:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}
