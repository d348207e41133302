using System.Net.Http.Headers;
using System.Text.Json;
using LiveFunctions.Core.OpenApi.Retry;
using LiveFunctions.Core.OpenApi.Wire;
using LiveFunctions.Core.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.OpenApi;

/// <summary>
/// The signed OpenAPI client of ApsaraVideo Live and ICE. Every typed operation is a one-line extension method in its
/// operation folder that calls <see cref="SendAsync{TRequest, TResponse}"/>.
/// </summary>
public sealed class AlibabaClient
{
    private readonly HttpClient _http;
    private readonly AlibabaOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Func<string> _nonce;
    private readonly RetryPolicy _retry;
    private readonly AlibabaCredentials _credentials;
    private readonly AlibabaEndpoint _live;
    private readonly AlibabaEndpoint _ice;

    /// <summary>Creates the client over an HttpClient whose pipeline every attempt passes through.</summary>
    /// <exception cref="OptionsValidationException">The options are not usable (missing keys, a bad endpoint).</exception>
    public AlibabaClient(HttpClient http, IOptions<AlibabaOptions> options, TimeProvider time, ILogger<AlibabaClient> logger)
        : this(http, options, time, logger, static () => Guid.NewGuid().ToString(), Random.Shared.NextDouble)
    {
    }

    /// <summary>The constructor with the two sources of randomness open, so that tests can fix them.</summary>
    internal AlibabaClient(
        HttpClient http, IOptions<AlibabaOptions> options, TimeProvider time, ILogger<AlibabaClient> logger, Func<string> nonce, Func<double> jitter)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(jitter);
        var settings = options.Value;

        // Options built by hand (tests, other hosts) skip the DI validator; check them here too.
        var problems = AlibabaOptionsValidator.Problems(settings);
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(AlibabaOptions), problems);
        }

        _http = http;
        _options = settings;
        _time = time;
        _logger = logger;
        _nonce = nonce;
        _retry = new RetryPolicy(settings.Retry, jitter);
        _credentials = new AlibabaCredentials(settings.AccessKeyId!, settings.AccessKeySecret!, settings.SecurityToken);
        AlibabaEndpoint.TryParse(settings.LiveEndpoint, out var live, out _);
        AlibabaEndpoint.TryParse(settings.IceEndpoint, out var ice, out _);
        _live = live!;
        _ice = ice!;
    }

    /// <summary>
    /// Validates the request against its document (nothing is sent when a rule is broken: an
    /// <see cref="AlibabaApiException"/> with <see cref="AlibabaApiException.WasSent"/> false), then signs and sends it,
    /// retrying transient failures, and reads the answer.
    /// </summary>
    /// <exception cref="AlibabaApiException">The request broke a rule, the service answered an error, or the transport failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (never retried).</exception>
    public async Task<TResponse> SendAsync<TRequest, TResponse>(
        IOpenApiOperation<TRequest, TResponse> operation, TRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var errors = operation.Validate(request, _time.GetUtcNow());
        if (errors.Count > 0)
        {
            AlibabaClientLog.NotSent(_logger, operation.Action, errors.Count, errors[0].Code, errors[0].Parameter);
            throw NotSent(operation.Action, errors);
        }

        var endpoint = operation.Product == AlibabaProduct.Ice ? _ice : _live;
        var call = new OpenApiCall(endpoint.Host, operation.Action, operation.Product.Version(), operation.ToParameters(request));
        var info = new OpenApiCallInfo(_credentials.AccessKeyId, operation.Product, operation.Action);
        var started = _time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var remaining = _retry.MaxElapsed - _time.GetElapsedTime(started);
            var timeout = remaining < _options.AttemptTimeout ? remaining : _options.AttemptTimeout;
            var (body, status, failure) = await AttemptAsync(endpoint, call, info, attempt, timeout, cancellationToken);
            if (failure is null)
            {
                failure = TryRead(operation, body, status, out var response);
                if (failure is null)
                {
                    return response!;
                }
            }

            var note = GiveUpReason(failure, attempt, started, out var delay);
            if (note is not null)
            {
                throw GiveUp(call, failure, attempt, started, note);
            }

            AlibabaClientLog.Retrying(_logger, call.Action, failure.Code, Milliseconds(delay), attempt + 1, _retry.MaxAttempts);
            await Task.Delay(delay, _time, cancellationToken);

            // A real clock can wake a little late; the next attempt needs some of the call's time left.
            if (_time.GetElapsedTime(started) >= _retry.MaxElapsed)
            {
                throw GiveUp(call, failure, attempt, started, $"gave up after {attempt} attempt(s): the {_retry.MaxElapsed} limit of the call passed");
            }
        }
    }

    /// <summary>What <see cref="SendAsync{TRequest, TResponse}"/> would send, without sending: the broken rules, if any, and the operation parameters.</summary>
    public OpenApiPreview Preview<TRequest, TResponse>(IOpenApiOperation<TRequest, TResponse> operation, TRequest request)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return new OpenApiPreview(operation.Product, operation.Action, operation.Validate(request, _time.GetUtcNow()), operation.ToParameters(request));
    }

    // Null when another attempt may follow (with the wait before it); otherwise why the client stops ("" for no note).
    private string? GiveUpReason(AttemptFailure failure, int attempt, long started, out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        if (!RetryPolicy.IsTransient(failure))
        {
            return attempt > 1 ? $"after {attempt} attempts" : string.Empty;
        }

        if (attempt >= _retry.MaxAttempts)
        {
            return attempt > 1 ? $"gave up after {attempt} attempts" : string.Empty;
        }

        delay = _retry.Delay(attempt, failure.RetryAfter);
        var elapsed = _time.GetElapsedTime(started);
        return elapsed + delay >= _retry.MaxElapsed
            ? $"gave up after {attempt} attempt(s): waiting {Milliseconds(delay)} ms more would pass the {_retry.MaxElapsed} limit of the call"
            : null;
    }

    private AlibabaApiException GiveUp(OpenApiCall call, AttemptFailure failure, int attempt, long started, string note)
    {
        AlibabaClientLog.Failed(_logger, call.Action, attempt, Milliseconds(_time.GetElapsedTime(started)), failure.StatusCode, failure.Code, failure.RequestId);
        return failure.ToException(attempt, note.Length == 0 ? null : note);
    }

    private async Task<(JsonElement Body, int Status, AttemptFailure? Failure)> AttemptAsync(
        AlibabaEndpoint endpoint, OpenApiCall call, OpenApiCallInfo info, int attempt, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        using var message = Message(endpoint, call, info);
        var started = _time.GetTimestamp();
        AttemptFailure failure;
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token);
            var bytes = await response.Content.ReadAsByteArrayAsync(linked.Token);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (response.IsSuccessStatusCode)
            {
                if (OpenApiResponseReader.TryParseJson(bytes, out var root))
                {
                    AlibabaClientLog.Succeeded(_logger, call.Action, attempt, (int)response.StatusCode, Milliseconds(_time.GetElapsedTime(started)), OpenApiResponseReader.RequestId(root));
                    return (root, (int)response.StatusCode, null);
                }

                failure = OpenApiResponseReader.NotJson(call.Action, response.StatusCode, bytes, mediaType);
            }
            else
            {
                failure = OpenApiResponseReader.Error(call.Action, response.StatusCode, bytes, mediaType, OpenApiResponseReader.RetryAfter(response));
            }
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's token: the attempt timeout (or HttpClient.Timeout) ran out.
            failure = new AttemptFailure(0, ClientErrorCodes.Timeout, $"{call.Action}: no answer from {endpoint.Host} within {Milliseconds(timeout)} ms.", Inner: e);
        }
        catch (HttpRequestException e)
        {
            failure = new AttemptFailure(0, ClientErrorCodes.NetworkError, $"{call.Action}: the request to {endpoint.Host} failed: {e.Message}", Inner: e);
        }
        catch (IOException e)
        {
            failure = new AttemptFailure(0, ClientErrorCodes.NetworkError, $"{call.Action}: reading the answer of {endpoint.Host} failed: {e.Message}", Inner: e);
        }

        AlibabaClientLog.AttemptFailed(_logger, call.Action, attempt, failure.StatusCode, failure.Code, Milliseconds(_time.GetElapsedTime(started)), failure.RequestId);
        return (default, failure.StatusCode, failure);
    }

    // A new message per attempt: fresh time and nonce, so a new signature, and the call info for the pipeline's handlers.
    private HttpRequestMessage Message(AlibabaEndpoint endpoint, OpenApiCall call, OpenApiCallInfo info)
    {
        var now = _time.GetUtcNow();
        var signed = _options.SignatureVersion == AlibabaSignatureVersion.V1
            ? OpenApiRequestSigner.SignV1(call, _credentials, now, _nonce())
            : OpenApiRequestSigner.SignV3(call, _credentials, now, _nonce());
        var message = new HttpRequestMessage(HttpMethod.Post, endpoint.RequestUri(signed.QueryString));
        foreach (var (name, value) in signed.Headers)
        {
            if (name == "host")
            {
                message.Headers.Host = value;
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        message.Options.Set(OpenApiCallInfo.OptionsKey, info);
        return message;
    }

    // A success whose shape the operation cannot read is a failure, not retried: another attempt reads the same shape.
    private static AttemptFailure? TryRead<TRequest, TResponse>(
        IOpenApiOperation<TRequest, TResponse> operation, JsonElement body, int status, out TResponse? response)
    {
        try
        {
            response = operation.ParseResponse(body);
            return null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
        {
            response = default;
            return OpenApiResponseReader.Unparsed(operation.Action, status, OpenApiResponseReader.RequestId(body), e);
        }
    }

    private static AlibabaApiException NotSent(string action, IReadOnlyList<ValidationError> errors)
    {
        var list = string.Join("; ", errors.Select(e => $"{e.Code} ({e.Parameter}): {e.Message}"));
        return new AlibabaApiException(
            400, errors[0].Code, $"{action} was not sent: the request breaks {errors.Count} rule(s): {list}", wasSent: false, validationErrors: errors);
    }

    private static long Milliseconds(TimeSpan span) => (long)span.TotalMilliseconds;
}
