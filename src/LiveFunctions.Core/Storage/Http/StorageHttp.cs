using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging;

namespace LiveFunctions.Core.Storage.Http;

/// <summary>
/// Sends one <see cref="StorageRequest"/> through the Azure.Core pipeline (headers, retries, authorisation), logs it,
/// and hands the answer to the operation, which turns expected statuses into values and everything else into a
/// <see cref="StorageRequestException"/> via <see cref="StorageErrors.Unexpected"/>.
/// </summary>
internal sealed class StorageHttp(HttpPipeline pipeline, TimeProvider timeProvider, ILogger logger)
{
    /// <summary>Sends the request and reads the answer with <paramref name="read"/> while the response is alive.</summary>
    public async Task<T> SendAsync<T>(StorageRequest request, Func<Response, T> read, CancellationToken cancellationToken)
    {
        using var message = pipeline.CreateMessage();
        message.Request.Method = request.Method;
        message.Request.Uri.Reset(request.Uri);
        foreach (var header in request.Headers)
        {
            message.Request.Headers.SetValue(header.Key, header.Value);
        }

        if (request.Content is { } content)
        {
            message.Request.Content = RequestContent.Create(content);
            if (request.ContentType is not null)
            {
                message.Request.Headers.SetValue(HttpHeader.Names.ContentType, request.ContentType);
            }
        }

        var started = timeProvider.GetTimestamp();
        try
        {
            await pipeline.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (IsNoAnswer(exception, cancellationToken))
        {
            StorageLog.NoAnswer(logger, exception, request.Operation, request.Resource, Elapsed(started));
            throw new StorageRequestException(
                0, null, request.Operation, request.Resource,
                $"Azure Storage {request.Operation} on {request.Resource} got no answer: {exception.Message}",
                innerException: exception);
        }

        var response = message.Response;
        try
        {
            var result = read(response);
            StorageLog.Completed(logger, request.Operation, request.Resource, response.Status, Elapsed(started));
            return result;
        }
        catch (StorageRequestException failure)
        {
            StorageLog.Failed(logger, request.Operation, request.Resource, failure.Status, failure.ErrorCode, Elapsed(started));
            throw;
        }
    }

    private static bool IsNoAnswer(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        RequestFailedException or IOException or HttpRequestException => true,
        _ => false,
    };

    private double Elapsed(long started) => timeProvider.GetElapsedTime(started).TotalMilliseconds;
}
