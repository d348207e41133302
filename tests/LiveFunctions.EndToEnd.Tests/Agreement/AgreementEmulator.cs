using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Emulator;
using LiveFunctions.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LiveFunctions.EndToEnd.Tests.Agreement;

/// <summary>
/// The emulator in-process on a free loopback port with a fixed manual clock, and the real Core client pointed at it
/// (no retries, the emulator's default credentials, the same clock, so both sides judge "now" alike). The agreement
/// tests reset it before every case, so no case sees another's state.
/// </summary>
public sealed class AgreementEmulator : IAsyncLifetime
{
    /// <summary>The one instant of every case.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private WebApplication? _app;
    private HttpClient? _http;
    private HttpClient? _clientHttp;

    /// <summary>The clock of both the emulator and the client.</summary>
    public ManualTimeProvider Clock { get; } = new(Start);

    /// <summary>The emulator's clock now.</summary>
    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The Core client, sending to the emulator.</summary>
    public AlibabaClient Client { get; private set; } = null!;

    /// <summary>The job a case's seed submitted, for the ICE cases.</summary>
    public string? JobId { get; set; }

    public async Task InitializeAsync()
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        _app = EmulatorHost.Build(["--urls", url], services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddLogging(logging => logging.ClearProviders());
        });
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(url) };
        _clientHttp = new HttpClient();
        var options = new AlibabaOptions
        {
            AccessKeyId = "testid",
            AccessKeySecret = "testsecret",
            LiveEndpoint = url,
            IceEndpoint = url,
            Retry = new AlibabaRetryOptions { MaxAttempts = 1 },
        };
        Client = new AlibabaClient(_clientHttp, Options.Create(options), Clock, NullLogger<AlibabaClient>.Instance);
    }

    /// <summary>Forgets every config, session, job, nonce and QPS window (<c>POST /_emulator/reset</c>).</summary>
    public async Task ResetAsync()
    {
        JobId = null;
        using var response = await _http!.PostAsync(new Uri("/_emulator/reset", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Sends the parameters as a signed call of the action through the real client, unvalidated; null = accepted, else the code.</summary>
    public async Task<string?> VerdictAsync(AlibabaProduct product, string action, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        try
        {
            await Client.SendAsync(new RawOperation(product, action), parameters);
            return null;
        }
        catch (AlibabaApiException exception)
        {
            Assert.True(exception.WasSent, $"{action} was not sent: {exception.Message}");
            return exception.Code;
        }
    }

    /// <summary>A signed call that must succeed (seeding state); its answer.</summary>
    public async Task<JsonElement> CallAsync(AlibabaProduct product, string action, params (string Name, string Value)[] parameters)
    {
        var pairs = parameters.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)).ToList();
        return await Client.SendAsync(new RawOperation(product, action), pairs);
    }

    /// <summary><c>POST /_emulator/streams</c>: a publishing session (no end = still live).</summary>
    public async Task PublishAsync(string domain, string app, string stream, DateTimeOffset start, DateTimeOffset? end)
    {
        var body = new JsonObject { ["DomainName"] = domain, ["AppName"] = app, ["StreamName"] = stream, ["StartTime"] = start.ToString("O", System.Globalization.CultureInfo.InvariantCulture) };
        if (end is { } stop)
        {
            body["EndTime"] = stop.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }

        using var response = await _http!.PostAsJsonAsync("/_emulator/streams", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _clientHttp?.Dispose();
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
