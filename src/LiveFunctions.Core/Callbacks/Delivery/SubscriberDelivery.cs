using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LiveFunctions.Core.Callbacks.Queue;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Callbacks.Delivery;

/// <summary>
/// POSTs an understood snapshot to subscriber webhooks, signed per subscriber (<see cref="SubscriberSignature"/>), with
/// a per-attempt timeout and bounded retries (exponential back-off with jitter, all waits on the injected
/// <see cref="TimeProvider"/>). Success is a 2xx answer. Timeouts, connection failures, 408, 425, 429 and 5xx are
/// retried; other answers (redirects are not followed) end the attempts at once. The caller keeps per-subscriber
/// markers so a queue retry does not deliver twice.
/// </summary>
public sealed partial class SubscriberDelivery
{
    /// <summary>The IHttpClientFactory client name (registered by AddSnapshotCallbacks: no redirects, no client-wide timeout).</summary>
    public const string HttpClientName = "LiveFunctions.SnapshotSubscribers";

    private readonly IHttpClientFactory _httpClients;
    private readonly SnapshotCallbackOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SubscriberDelivery> _logger;
    private readonly Func<double> _jitter;

    /// <summary>Creates the delivery service.</summary>
    public SubscriberDelivery(
        IHttpClientFactory httpClients, IOptions<SnapshotCallbackOptions> options, TimeProvider time, ILogger<SubscriberDelivery> logger)
        : this(httpClients, options, time, logger, Random.Shared.NextDouble)
    {
    }

    internal SubscriberDelivery(
        IHttpClientFactory httpClients, IOptions<SnapshotCallbackOptions> options, TimeProvider time, ILogger<SubscriberDelivery> logger, Func<double> jitter)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClients = httpClients;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _jitter = jitter;
    }

    /// <summary>Delivers to several subscribers at once; one result per subscriber, in the given order.</summary>
    public async Task<IReadOnlyList<SubscriberDeliveryResult>> DeliverAsync(
        IEnumerable<SnapshotSubscriberOptions> subscribers, SnapshotCallbackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        return await Task.WhenAll(subscribers.Select(s => DeliverAsync(s, message, cancellationToken)));
    }

    /// <summary>
    /// Delivers <paramref name="message"/>'s snapshot to one subscriber, retrying up to
    /// SnapshotCallbacks:DeliveryAttempts attempts. Failures are results; only cancellation by the caller throws.
    /// </summary>
    public async Task<SubscriberDeliveryResult> DeliverAsync(
        SnapshotSubscriberOptions subscriber, SnapshotCallbackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(message);
        if (message.Snapshot is null)
        {
            throw new ArgumentException("Only understood snapshots are delivered to subscribers.", nameof(message));
        }

        var client = _httpClients.CreateClient(HttpClientName);
        var timeout = subscriber.Timeout ?? _options.SubscriberTimeout;
        var attempts = Math.Max(1, _options.DeliveryAttempts);
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await SendOnceAsync(client, subscriber, message, timeout, cancellationToken);
            if (outcome.Delivered)
            {
                LogDelivered(_logger, subscriber.Name, message.DedupeKey, attempt);
                return new SubscriberDeliveryResult(subscriber.Name, true, attempt, outcome.StatusCode, null);
            }

            if (!outcome.Retryable || attempt >= attempts)
            {
                LogGaveUp(_logger, subscriber.Name, message.DedupeKey, attempt, outcome.Failure!);
                return new SubscriberDeliveryResult(subscriber.Name, false, attempt, outcome.StatusCode, outcome.Failure);
            }

            var delay = DeliveryBackoff.Delay(attempt, _options.DeliveryBaseDelay, _options.DeliveryMaxDelay, _jitter(), outcome.RetryAfter);
            LogAttemptFailed(_logger, subscriber.Name, attempt, attempts, outcome.Failure!, delay);
            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    private async Task<AttemptOutcome> SendOnceAsync(
        HttpClient client, SnapshotSubscriberOptions subscriber, SnapshotCallbackMessage message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(
            new SnapshotSubscriberEvent(
                SnapshotSubscriberEvent.SnapshotType, message.DedupeKey, message.ReceivedAt, _time.GetUtcNow(), message.Authenticated, message.Snapshot!),
            SnapshotCallbackMessageJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscriber.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(SubscriberSignature.HeaderName, SubscriberSignature.Compute(subscriber.Secret, body));
        request.Headers.TryAddWithoutValidation(SubscriberSignature.DedupeKeyHeaderName, message.DedupeKey);

        using var timeoutSource = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return new AttemptOutcome(true, false, status, null, null);
            }

            var retryable = response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or (HttpStatusCode)425
                || status >= 500;
            return new AttemptOutcome(false, retryable, status, $"HTTP {status.ToString(CultureInfo.InvariantCulture)}", RetryAfter(response));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttemptOutcome(false, true, null, string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout}"), null);
        }
        catch (HttpRequestException exception)
        {
            // The error kind only: exception messages can contain the URL, which may carry a token.
            return new AttemptOutcome(false, true, null, $"request failed ({exception.HttpRequestError})", null);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - _time.GetUtcNow(),
            _ => null,
        };

    private sealed record AttemptOutcome(bool Delivered, bool Retryable, int? StatusCode, string? Failure, TimeSpan? RetryAfter);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Snapshot {DedupeKey} delivered to subscriber {Subscriber} (attempt {Attempt})")]
    private static partial void LogDelivered(ILogger logger, string subscriber, string dedupeKey, int attempt);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Delivery to subscriber {Subscriber} failed on attempt {Attempt} of {Attempts}: {Failure}; retrying in {Delay}")]
    private static partial void LogAttemptFailed(ILogger logger, string subscriber, int attempt, int attempts, string failure, TimeSpan delay);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "Snapshot {DedupeKey} not delivered to subscriber {Subscriber} after {Attempts} attempt(s): {Failure}")]
    private static partial void LogGaveUp(ILogger logger, string subscriber, string dedupeKey, int attempts, string failure);
}
