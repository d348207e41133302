using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Protocol;

/// <summary>One OpenAPI call as the request log keeps it (<c>GET /_emulator/requests</c>).</summary>
/// <param name="Action">The action, or null when the request named none.</param>
/// <param name="Parameters">The operation parameters (common and signature parameters left out; secrets masked).</param>
/// <param name="StatusCode">The HTTP status answered; 0 when a Drop fault closed the connection.</param>
/// <param name="Code">The error code, or null on success.</param>
internal sealed record RequestLogEntry(string? Action, IReadOnlyDictionary<string, string> Parameters, int StatusCode, string? Code);

/// <summary>The last calls (newest last), bounded by <c>Emulator:RequestLogCapacity</c>.</summary>
internal sealed class RequestLog(IOptions<EmulatorOptions> options) : IResettable
{
    /// <summary>Parameters whose values are secrets: the log shows them masked.</summary>
    private static readonly IReadOnlySet<string> SecretParameters = new HashSet<string>(StringComparer.Ordinal) { "NotifyAuthKey" };

    private readonly Lock _gate = new();
    private readonly Queue<RequestLogEntry> _entries = new();
    private readonly int _capacity = Math.Max(1, options.Value.RequestLogCapacity);

    /// <summary>Appends a call, dropping the oldest beyond the capacity.</summary>
    public void Add(string? action, IReadOnlyDictionary<string, string> parameters, int statusCode, string? code)
    {
        var masked = parameters.ToDictionary(
            pair => pair.Key,
            pair => SecretParameters.Contains(pair.Key) ? "***" : pair.Value,
            StringComparer.Ordinal);
        lock (_gate)
        {
            _entries.Enqueue(new RequestLogEntry(action, masked, statusCode, code));
            while (_entries.Count > _capacity)
            {
                _entries.Dequeue();
            }
        }
    }

    /// <summary>The kept calls, oldest first.</summary>
    public IReadOnlyList<RequestLogEntry> Entries()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
