using System.Globalization;
using Azure;
using Azure.Core;
using LiveFunctions.Core.Storage.Http;
using LiveFunctions.Core.Storage.Wire;

namespace LiveFunctions.Core.Storage;

/// <summary>
/// Azure Blob Storage over REST, for small documents written with ETag optimistic concurrency. Expected outcomes — a
/// missing blob, a failed write condition, an existing container — are return values; a failure of the service or the
/// network is a <see cref="StorageRequestException"/>. Every result carries <c>ServerDate</c>, the storage service's
/// clock from the response's <c>Date</c> header.
/// </summary>
public sealed class StorageBlobs
{
    private const int DefaultPageSize = 5000;
    private readonly StorageHttp _http;
    private readonly Uri _endpoint;

    internal StorageBlobs(StorageHttp http, Uri blobEndpoint)
    {
        _http = http;
        _endpoint = blobEndpoint;
    }

    /// <summary>The blob service root this client talks to (no credentials in it).</summary>
    public Uri Endpoint => _endpoint;

    /// <summary>Creates the container (private access); true when created, false when it already existed.</summary>
    public Task<bool> CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default)
    {
        StorageNames.ThrowIfInvalidContainer(container);
        var request = new StorageRequest(
            RequestMethod.Put, StorageUri.Build(_endpoint, container, ("restype", "container")), "CreateContainer", $"container '{container}'");
        return _http.SendAsync(request, response => response.Status switch
        {
            201 => true,
            409 when StorageErrors.ErrorCode(response) == "ContainerAlreadyExists" => false,
            _ => throw StorageErrors.Unexpected(request, response),
        }, cancellationToken);
    }

    /// <summary>Reads a blob; null when it (or its container) does not exist.</summary>
    public Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var request = new StorageRequest(RequestMethod.Get, BlobUri(container, name), "GetBlob", Describe(container, name));
        return _http.SendAsync(request, response =>
        {
            if (response.Status == 404)
            {
                return null;
            }

            if (response.Status != 200)
            {
                throw StorageErrors.Unexpected(request, response);
            }

            var (etag, modified) = Versions(request, response);
            response.Headers.TryGetValue(HttpHeader.Names.ContentType, out var contentType);
            return (BlobContent?)new BlobContent(
                response.Content.ToMemory(), etag, modified, contentType, StorageErrors.ServerDate(request, response));
        }, cancellationToken);
    }

    /// <summary>
    /// Writes a block blob in one request, if <paramref name="condition"/> holds. A failed condition (412, or 409
    /// BlobAlreadyExists for create-only) is <see cref="BlobWriteResult.ConditionFailed"/>, not an exception.
    /// </summary>
    public Task<BlobWriteResult> PutAsync(
        string container,
        string name,
        ReadOnlyMemory<byte> content,
        BlobCondition condition,
        string contentType = "application/json",
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var headers = new List<KeyValuePair<string, string>> { new("x-ms-blob-type", "BlockBlob") };
        AddConditions(headers, condition.IfMatchETag, condition.IfNoneMatchETag);
        var request = new StorageRequest(RequestMethod.Put, BlobUri(container, name), "PutBlob", Describe(container, name))
        {
            Content = content,
            ContentType = contentType,
            Headers = headers,
        };
        return _http.SendAsync(request, response =>
        {
            if (response.Status == 201)
            {
                var (etag, modified) = Versions(request, response);
                return new BlobWriteResult(true, false, etag, modified, StorageErrors.ServerDate(request, response));
            }

            if (response.Status == 412 || (response.Status == 409 && StorageErrors.ErrorCode(response) == "BlobAlreadyExists"))
            {
                return new BlobWriteResult(false, true, null, null, StorageErrors.ServerDate(request, response));
            }

            throw StorageErrors.Unexpected(request, response);
        }, cancellationToken);
    }

    /// <summary>Deletes a blob (and its snapshots), only if its ETag is <paramref name="ifMatch"/> when one is given.</summary>
    public Task<BlobDeleteResult> DeleteAsync(string container, string name, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        var headers = new List<KeyValuePair<string, string>> { new("x-ms-delete-snapshots", "include") };
        AddConditions(headers, ifMatch, null);
        var request = new StorageRequest(RequestMethod.Delete, BlobUri(container, name), "DeleteBlob", Describe(container, name))
        {
            Headers = headers,
        };
        return _http.SendAsync(request, response =>
        {
            var outcome = response.Status switch
            {
                202 => BlobDeleteOutcome.Deleted,
                404 => BlobDeleteOutcome.NotFound,
                412 => BlobDeleteOutcome.ConditionFailed,
                _ => throw StorageErrors.Unexpected(request, response),
            };
            return new BlobDeleteResult(outcome, StorageErrors.ServerDate(request, response));
        }, cancellationToken);
    }

    /// <summary>Every blob whose name starts with <paramref name="prefix"/>, following continuation markers; empty when the container does not exist.</summary>
    public Task<IReadOnlyList<BlobItem>> ListAsync(string container, string prefix, CancellationToken cancellationToken = default) =>
        ListAsync(container, prefix, DefaultPageSize, cancellationToken);

    /// <summary>The storage service's current time (the <c>Date</c> of a cheap container-properties request; one-second resolution).</summary>
    public Task<DateTimeOffset> GetServerTimeAsync(string container, CancellationToken cancellationToken = default)
    {
        StorageNames.ThrowIfInvalidContainer(container);
        var request = new StorageRequest(
            RequestMethod.Head, StorageUri.Build(_endpoint, container, ("restype", "container")), "GetContainerProperties", $"container '{container}'");
        return _http.SendAsync(request, response => response.Status is 200 or 404
            ? StorageErrors.ServerDate(request, response)
            : throw StorageErrors.Unexpected(request, response), cancellationToken);
    }

    /// <summary>As <see cref="ListAsync(string, string, CancellationToken)"/> with a page size (tests force continuations with a small one).</summary>
    internal async Task<IReadOnlyList<BlobItem>> ListAsync(string container, string prefix, int pageSize, CancellationToken cancellationToken)
    {
        StorageNames.ThrowIfInvalidContainer(container);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, DefaultPageSize);
        var all = new List<BlobItem>();
        string? marker = null;
        do
        {
            var request = new StorageRequest(
                RequestMethod.Get,
                StorageUri.Build(
                    _endpoint,
                    container,
                    ("restype", "container"),
                    ("comp", "list"),
                    ("prefix", prefix.Length == 0 ? null : prefix),
                    ("marker", marker),
                    ("maxresults", pageSize.ToString(CultureInfo.InvariantCulture))),
                "ListBlobs",
                $"container '{container}'");
            var page = await _http.SendAsync(request, response => response.Status switch
            {
                200 => BlobListXml.Read(response.Content.ToString()) ?? throw StorageErrors.Malformed(request, response, "an EnumerationResults body"),
                404 when StorageErrors.ErrorCode(response) == "ContainerNotFound" => new BlobListXml.Page([], null),
                _ => throw StorageErrors.Unexpected(request, response),
            }, cancellationToken);
            all.AddRange(page.Blobs);
            marker = page.NextMarker;
        }
        while (marker is not null);

        return all;
    }

    private Uri BlobUri(string container, string name)
    {
        StorageNames.ThrowIfInvalidContainer(container);
        StorageNames.ThrowIfInvalidBlob(name);
        return StorageUri.Build(_endpoint, $"{container}/{StorageNames.EscapePath(name)}");
    }

    private static void AddConditions(List<KeyValuePair<string, string>> headers, string? ifMatch, string? ifNoneMatch)
    {
        if (ifMatch is not null)
        {
            headers.Add(new(HttpHeader.Names.IfMatch, ifMatch));
        }

        if (ifNoneMatch is not null)
        {
            headers.Add(new(HttpHeader.Names.IfNoneMatch, ifNoneMatch));
        }
    }

    private static (string ETag, DateTimeOffset LastModified) Versions(StorageRequest request, Response response)
    {
        if (!response.Headers.TryGetValue(HttpHeader.Names.ETag, out var etag) ||
            !response.Headers.TryGetValue("Last-Modified", out var modifiedText) ||
            WireDate.Parse(modifiedText) is not { } modified)
        {
            throw StorageErrors.Malformed(request, response, "ETag and Last-Modified headers");
        }

        return (etag, modified);
    }

    private static string Describe(string container, string name) => $"blob '{container}/{name}'";
}
