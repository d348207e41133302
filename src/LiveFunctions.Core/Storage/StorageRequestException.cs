namespace LiveFunctions.Core.Storage;

/// <summary>
/// The one exception of the storage client: the service did not answer (after retries), or answered in a way the
/// operation does not expect. Expected outcomes — a missing blob, a failed write condition, an existing queue — are
/// values, not this exception. Never carries a key, a signature or a header value.
/// </summary>
public sealed class StorageRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageRequestException(
        int status, string? errorCode, string operation, string resource, string message, string? requestId = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
        Operation = operation;
        Resource = resource;
        RequestId = requestId;
    }

    /// <summary>The HTTP status; 0 when no answer arrived.</summary>
    public int Status { get; }

    /// <summary>The service's error code (<c>x-ms-error-code</c>, or the <c>Code</c> of the error body), e.g. <c>QueueNotFound</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The REST operation, e.g. <c>PutMessage</c>.</summary>
    public string Operation { get; }

    /// <summary>The queue, container or blob it was about, e.g. <c>queue 'work-items'</c>.</summary>
    public string Resource { get; }

    /// <summary>The service's <c>x-ms-request-id</c>, when it answered.</summary>
    public string? RequestId { get; }
}
