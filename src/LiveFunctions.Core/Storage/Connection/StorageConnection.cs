using Azure.Core;

namespace LiveFunctions.Core.Storage.Connection;

/// <summary>
/// Where the storage account is and how requests to it are authorised: either an account key (Shared Key, also Azurite)
/// or a Microsoft Entra token credential (managed identity). Parsed from the settings the Functions host reads.
/// <see cref="ToString"/> never shows a key.
/// </summary>
internal sealed class StorageConnection
{
    private StorageConnection(string name, Uri? blobEndpoint, Uri? queueEndpoint, string source)
    {
        Name = name;
        BlobEndpoint = blobEndpoint;
        QueueEndpoint = queueEndpoint;
        Source = source;
    }

    /// <summary>The setting it was read from, e.g. <c>AzureWebJobsStorage</c>.</summary>
    public string Name { get; }

    /// <summary>The blob service root, e.g. <c>https://acct.blob.core.windows.net</c> or <c>http://127.0.0.1:10000/devstoreaccount1</c>.</summary>
    public Uri? BlobEndpoint { get; }

    /// <summary>The queue service root.</summary>
    public Uri? QueueEndpoint { get; }

    /// <summary>The account key, for Shared Key authorisation; null when a token credential is used.</summary>
    public StorageSharedKey? SharedKey { get; private init; }

    /// <summary>The Entra credential, for bearer authorisation; null when an account key is used.</summary>
    public TokenCredential? TokenCredential { get; private init; }

    /// <summary>The user-assigned managed identity client id, when one was configured.</summary>
    public string? ManagedIdentityClientId { get; private init; }

    /// <summary>Which setting this came from and what it resolved to, for messages (never contains a key).</summary>
    public string Source { get; }

    /// <summary>A connection authorised with an account key.</summary>
    public static StorageConnection WithSharedKey(string name, Uri? blob, Uri? queue, StorageSharedKey key, string source) =>
        new(name, blob, queue, source) { SharedKey = key };

    /// <summary>A connection authorised with a token credential.</summary>
    public static StorageConnection WithToken(string name, Uri? blob, Uri? queue, TokenCredential credential, string? clientId, string source) =>
        new(name, blob, queue, source) { TokenCredential = credential, ManagedIdentityClientId = clientId };

    /// <summary>The queue endpoint, or an error naming the setting that would provide it.</summary>
    public Uri RequireQueueEndpoint() => QueueEndpoint ?? throw new InvalidOperationException(
        $"{Source} has no queue endpoint: set '{Name}__queueServiceUri' (or '{Name}__accountName'), or a connection string with one.");

    /// <summary>The blob endpoint, or an error naming the setting that would provide it.</summary>
    public Uri RequireBlobEndpoint() => BlobEndpoint ?? throw new InvalidOperationException(
        $"{Source} has no blob endpoint: set '{Name}__blobServiceUri' (or '{Name}__accountName'), or a connection string with one.");

    /// <inheritdoc />
    public override string ToString() =>
        $"{Source}: blob={BlobEndpoint?.AbsoluteUri ?? "(none)"}, queue={QueueEndpoint?.AbsoluteUri ?? "(none)"}, " +
        (SharedKey is not null ? SharedKey.ToString() : $"Token({TokenCredential?.GetType().Name})");
}
