using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.RateLimiting.Entity;
using Microsoft.Extensions.Logging;

namespace LiveFunctions.Core.RateLimiting.Handler;

/// <summary>
/// The rate limiter in the <see cref="AlibabaClient"/>'s HttpClient pipeline: every attempt (retries too) that carries
/// an <see cref="OpenApiCallInfo"/> first waits for a slot of its (AccessKeyId, product, action); an answer whose error
/// code starts with <c>Throttling</c> is reported to the entity. The answer's body is buffered, not consumed: the client
/// reads it unchanged. Requests without call info pass through.
/// </summary>
public sealed class RateLimitHandler : DelegatingHandler
{
    private const int MaxErrorBody = 64 * 1024;
    private readonly RateLimiter _limiter;
    private readonly ILogger<RateLimitHandler> _logger;

    /// <summary>Creates the handler over the process's limiter.</summary>
    public RateLimitHandler(RateLimiter limiter, ILogger<RateLimitHandler> logger)
    {
        _limiter = limiter ?? throw new ArgumentNullException(nameof(limiter));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Options.TryGetValue(OpenApiCallInfo.OptionsKey, out var info))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var key = new RateLimitKey(info.AccessKeyId, info.Product, info.Action);
        await _limiter.AcquireAsync(key, cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode && await ThrottlingCodeAsync(response, cancellationToken) is { } code)
        {
            try
            {
                await _limiter.ReportThrottledAsync(key, code, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The penalty is feedback; the caller still gets the service's answer (and its client may retry).
                RateLimiterLog.PenaltyFailed(_logger, e, key.ToString(), code);
            }
        }

        return response;
    }

    /// <summary>The <c>Code</c> of a JSON error body when it starts with <c>Throttling</c>; null otherwise. Buffers the body.</summary>
    internal static async Task<string?> ThrottlingCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is > MaxErrorBody)
        {
            return null;
        }

        await response.Content.LoadIntoBufferAsync(MaxErrorBody, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                   document.RootElement.TryGetProperty("Code", out var code) &&
                   code.ValueKind == JsonValueKind.String &&
                   code.GetString() is { } text && text.StartsWith("Throttling", StringComparison.Ordinal)
                ? text
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
