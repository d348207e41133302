using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging;

namespace LiveFunctions.Core.Storage.Http;

/// <summary>How often and how patiently transient failures are retried.</summary>
/// <param name="MaxRetries">Retries after the first attempt.</param>
/// <param name="BaseDelay">The first back-off; it doubles per retry (with ±20 % jitter).</param>
/// <param name="MaxDelay">The longest wait between attempts, also the cap of a server's <c>Retry-After</c>.</param>
internal sealed record StorageRetrySettings(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    /// <summary>3 retries from 0.5 s up to 10 s.</summary>
    public static StorageRetrySettings Default { get; } = new(3, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10));
}

/// <summary>
/// Retries transient failures — no answer (connection reset, network timeout) and 408/429/500/502/503/504 — with
/// exponential back-off. Written here rather than using Azure.Core's retry policy so that every wait goes through the
/// injected <see cref="TimeProvider"/> (tests move a manual clock instead of sleeping).
/// </summary>
internal sealed class StorageRetryPolicy(TimeProvider timeProvider, StorageRetrySettings settings, ILogger logger) : HttpPipelinePolicy
{
    /// <inheritdoc />
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan delay;
            string reason;
            try
            {
                await ProcessNextAsync(message, pipeline);
                var status = message.Response.Status;
                if (attempt >= settings.MaxRetries || !IsRetriableStatus(status))
                {
                    return;
                }

                delay = RetryAfter(message.Response) ?? Backoff(attempt);
                reason = status.ToString(CultureInfo.InvariantCulture);
            }
            catch (Exception exception) when (attempt < settings.MaxRetries && IsTransient(exception, message.CancellationToken))
            {
                delay = Backoff(attempt);
                reason = exception.GetType().Name;
            }

            StorageLog.Retrying(logger, message.Request.Method.Method, message.Request.Uri.Path, attempt + 1, reason, delay.TotalMilliseconds);
            await Task.Delay(delay, timeProvider, message.CancellationToken);
        }
    }

    /// <inheritdoc />
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The storage client is asynchronous only.");

    internal static bool IsRetriableStatus(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        RequestFailedException failed => failed.Status == 0,
        IOException or HttpRequestException => true,
        _ => false,
    };

    private TimeSpan Backoff(int attempt)
    {
        var exponential = settings.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt);
        var jittered = exponential * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, settings.MaxDelay.TotalMilliseconds));
    }

    private TimeSpan? RetryAfter(Response response)
    {
        if (!response.Headers.TryGetValue("Retry-After", out var value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, settings.MaxDelay.TotalSeconds));
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var wait = at - timeProvider.GetUtcNow();
            return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait < settings.MaxDelay ? wait : settings.MaxDelay;
        }

        return null;
    }
}
