using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Simulation.Snapshots;

/// <summary>One delivery attempt: when it was made (emulator clock) and the receiver's status, or why it failed.</summary>
internal sealed record CallbackAttempt(int Number, DateTimeOffset At, int? StatusCode, string? Error)
{
    /// <summary>A 2xx answer within the timeout.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

/// <summary>The outcome of delivering one callback, with every attempt.</summary>
internal sealed record CallbackDelivery(bool Delivered, IReadOnlyList<CallbackAttempt> Attempts);

/// <summary>
/// POSTs a callback like the service: JSON body, optional <c>ALI-LIVE-*</c> signature (recomputed per attempt),
/// a timeout per attempt, and retries after a non-2xx answer, a timeout or a transport error, a fixed pause apart.
/// Every wait goes through the <see cref="TimeProvider"/>.
/// </summary>
internal sealed partial class SnapshotCallbackSender(
    IHttpClientFactory httpClients,
    TimeProvider clock,
    IOptions<SimulationOptions> options,
    ILogger<SnapshotCallbackSender> logger)
{
    /// <summary>The named HttpClient (infinite HttpClient timeout: the per-attempt timeout runs on the TimeProvider).</summary>
    public const string HttpClientName = "LiveFunctions.Emulator.SnapshotCallbacks";

    /// <summary>Delivers one callback; <paramref name="authKey"/> non-null signs it.</summary>
    public async Task<CallbackDelivery> DeliverAsync(Uri url, string payload, string? authKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var settings = options.Value;
        var attempts = new List<CallbackAttempt>();
        var total = 1 + settings.CallbackRetries;
        for (var number = 1; number <= total; number++)
        {
            if (number > 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(settings.CallbackRetryDelaySeconds), clock, cancellationToken);
            }

            var attempt = await AttemptAsync(url, payload, authKey, number, settings.CallbackTimeoutSeconds, cancellationToken);
            attempts.Add(attempt);
            if (attempt.Succeeded)
            {
                LogDelivered(logger, Redacted(url), number);
                return new CallbackDelivery(true, attempts);
            }

            LogAttemptFailed(logger, Redacted(url), number, attempt.StatusCode, attempt.Error);
        }

        LogGaveUp(logger, Redacted(url), total);
        return new CallbackDelivery(false, attempts);
    }

    /// <summary>The URL without its query (which may carry a function key): for logs and answers.</summary>
    public static string Redacted(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.GetLeftPart(UriPartial.Path);
    }

    private async Task<CallbackAttempt> AttemptAsync(Uri url, string payload, string? authKey, int number, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (authKey is not null)
        {
            var timestamp = at.ToUnixTimeSeconds();
            request.Headers.TryAddWithoutValidation(CallbackSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.TryAddWithoutValidation(CallbackSignature.SignatureHeader, CallbackSignature.Compute(url.Host, timestamp, authKey));
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds), clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, linked.Token);
            return new CallbackAttempt(number, at, (int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new CallbackAttempt(number, at, null, $"no answer within {timeoutSeconds} s");
        }
        catch (HttpRequestException exception)
        {
            return new CallbackAttempt(number, at, null, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Snapshot callback to {Url} delivered on attempt {Attempt}.")]
    private static partial void LogDelivered(ILogger logger, string url, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot callback to {Url} failed on attempt {Attempt} (status {Status}, {Error}).")]
    private static partial void LogAttemptFailed(ILogger logger, string url, int attempt, int? status, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot callback to {Url} given up after {Attempts} attempts.")]
    private static partial void LogGaveUp(ILogger logger, string url, int attempts);
}
