using Azure.Core;

namespace LiveFunctions.Core.Storage.Http;

/// <summary>One REST call: what to send, plus the operation and resource names used in logs and errors.</summary>
internal sealed record StorageRequest(RequestMethod Method, Uri Uri, string Operation, string Resource)
{
    /// <summary>The body, when there is one.</summary>
    public ReadOnlyMemory<byte>? Content { get; init; }

    /// <summary>The body's Content-Type.</summary>
    public string? ContentType { get; init; }

    /// <summary>Extra request headers (conditions, blob type).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
}
