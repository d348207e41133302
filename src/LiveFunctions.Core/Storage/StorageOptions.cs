using Microsoft.Extensions.Configuration;

namespace LiveFunctions.Core.Storage;

/// <summary>
/// The storage connection settings, read the way the Azure Functions host reads <c>AzureWebJobsStorage</c>: either the
/// setting itself holds a connection string, or its children (<c>AzureWebJobsStorage__blobServiceUri</c>, …) describe an
/// identity-based connection. <see cref="ToString"/> never shows the connection string (it may hold an account key).
/// </summary>
public sealed class StorageOptions
{
    /// <summary>The setting (and configuration section) the Functions host uses for its own storage.</summary>
    public const string DefaultConnectionName = "AzureWebJobsStorage";

    /// <summary>
    /// The value of the setting itself: <c>UseDevelopmentStorage=true</c>,
    /// <c>DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=…</c>, or one with explicit
    /// <c>BlobEndpoint=…;QueueEndpoint=…</c>. When set, it wins over the identity settings.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>__blobServiceUri</c>: the blob service URI of an identity-based connection.</summary>
    public string? BlobServiceUri { get; set; }

    /// <summary><c>__queueServiceUri</c>: the queue service URI of an identity-based connection.</summary>
    public string? QueueServiceUri { get; set; }

    /// <summary><c>__serviceUri</c>: the host's alias of <see cref="BlobServiceUri"/> for blob-only connections.</summary>
    public string? ServiceUri { get; set; }

    /// <summary><c>__accountName</c>: derives <c>https://{account}.blob.core.windows.net</c> and the queue URI alike.</summary>
    public string? AccountName { get; set; }

    /// <summary><c>__credential</c>: <c>managedidentity</c> for a managed identity; unset means <c>DefaultAzureCredential</c>.</summary>
    public string? Credential { get; set; }

    /// <summary><c>__clientId</c>: the client id of a user-assigned managed identity.</summary>
    public string? ClientId { get; set; }

    /// <summary>Reads the connection named <paramref name="connectionName"/> from configuration (its value and its children).</summary>
    public static StorageOptions FromConfiguration(IConfiguration configuration, string connectionName = DefaultConnectionName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(connectionName);
        var options = new StorageOptions();
        section.Bind(options);
        options.ConnectionString = section.Value;
        return options;
    }

    /// <inheritdoc />
    public override string ToString() =>
        ConnectionString is { Length: > 0 }
            ? "StorageOptions(connection string)"
            : $"StorageOptions(blob={BlobServiceUri ?? ServiceUri}, queue={QueueServiceUri}, account={AccountName}, credential={Credential})";
}
