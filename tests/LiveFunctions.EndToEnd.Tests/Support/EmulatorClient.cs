using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace LiveFunctions.EndToEnd.Tests.Support;

/// <summary>One entry of the emulator's request log (<c>GET /_emulator/requests</c>): operation parameters only, no signature parts.</summary>
public sealed record EmulatorRequest(string? Action, IReadOnlyDictionary<string, string> Parameters, int StatusCode, string? Code);

/// <summary>One fault rule (<c>PUT /_emulator/faults</c>): Kind is InternalError, ServiceUnavailable, Throttle, Drop or Delay; no Count = without end.</summary>
public sealed record EmulatorFault(string? Action, string Kind, int? Count = null);

/// <summary>The emulator's developer endpoints (under <c>/_emulator/</c>), for setting up and checking end-to-end tests.</summary>
public sealed class EmulatorClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = null, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
    private readonly HttpClient _http;

    /// <summary>A client for the emulator at <paramref name="baseAddress"/>.</summary>
    public EmulatorClient(Uri baseAddress)
    {
        BaseAddress = baseAddress;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The emulator's URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Clears configs, simulation state, the request log, nonces, QPS windows and faults.</summary>
    public async Task ResetAsync()
    {
        using var response = await _http.PostAsync(new Uri("/_emulator/reset", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The request log, oldest first.</summary>
    public async Task<IReadOnlyList<EmulatorRequest>> RequestsAsync() =>
        await _http.GetFromJsonAsync<EmulatorRequest[]>(new Uri("/_emulator/requests", UriKind.Relative), Json) ?? [];

    /// <summary>Empties the request log (after seeding, so a test sees only the calls it makes).</summary>
    public async Task ClearRequestsAsync()
    {
        using var response = await _http.DeleteAsync(new Uri("/_emulator/requests", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Replaces the fault rules.</summary>
    public async Task SetFaultsAsync(params EmulatorFault[] rules)
    {
        using var response = await _http.PutAsJsonAsync(new Uri("/_emulator/faults", UriKind.Relative), new { Rules = rules }, Json);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Publishes a stream session [start, end) (no end: still live).</summary>
    public async Task PublishStreamAsync(string domainName, string appName, string streamName, DateTimeOffset start, DateTimeOffset? end)
    {
        var session = new
        {
            DomainName = domainName,
            AppName = appName,
            StreamName = streamName,
            StartTime = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            EndTime = end?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        };
        using var response = await _http.PostAsJsonAsync(new Uri("/_emulator/streams", UriKind.Relative), session, Json);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>(accepted, throttled) calls of <paramref name="action"/> since the last reset (<c>GET /_emulator/throttling</c>).</summary>
    public async Task<(long Accepted, long Throttled)> ThrottlingAsync(string action)
    {
        using var body = await _http.GetFromJsonAsync<JsonDocument>(new Uri("/_emulator/throttling", UriKind.Relative), Json)
            ?? throw new InvalidOperationException("The emulator answered no throttling counters.");
        var entry = body.RootElement.GetProperty("Actions").EnumerateArray().FirstOrDefault(a => a.GetProperty("Action").GetString() == action);
        return entry.ValueKind == JsonValueKind.Undefined ? (0, 0) : (entry.GetProperty("Accepted").GetInt64(), entry.GetProperty("Throttled").GetInt64());
    }

    /// <summary>A GET of any emulator URL (e.g. a RecordUrl under <c>/_emulator/oss/</c>).</summary>
    public Task<HttpResponseMessage> GetAsync(Uri url) => _http.GetAsync(url);

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
