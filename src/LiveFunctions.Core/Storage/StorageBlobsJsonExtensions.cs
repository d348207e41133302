using System.Text.Json;

namespace LiveFunctions.Core.Storage;

/// <summary>Reads and writes System.Text.Json documents in blobs, with their ETags.</summary>
public static class StorageBlobsJsonExtensions
{
    /// <summary>Reads and deserialises a JSON blob; null when it does not exist. A blob that is not the JSON of <typeparamref name="T"/> throws <see cref="JsonException"/>.</summary>
    public static async Task<BlobJson<T>?> GetJsonAsync<T>(
        this StorageBlobs blobs, string container, string name, JsonSerializerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        var content = await blobs.GetAsync(container, name, cancellationToken);
        if (content is null)
        {
            return null;
        }

        var value = JsonSerializer.Deserialize<T>(content.Content.Span, options)
            ?? throw new JsonException($"Blob '{container}/{name}' holds JSON null.");
        return new BlobJson<T>(value, content.ETag, content.LastModified, content.ServerDate);
    }

    /// <summary>Serialises <paramref name="value"/> as UTF-8 JSON and writes it if <paramref name="condition"/> holds.</summary>
    public static Task<BlobWriteResult> PutJsonAsync<T>(
        this StorageBlobs blobs,
        string container,
        string name,
        T value,
        BlobCondition condition,
        JsonSerializerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, options);
        return blobs.PutAsync(container, name, bytes, condition, "application/json", cancellationToken);
    }
}
