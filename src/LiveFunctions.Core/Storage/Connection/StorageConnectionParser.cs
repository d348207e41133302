using System.Diagnostics.CodeAnalysis;
using Azure.Core;
using Azure.Identity;

namespace LiveFunctions.Core.Storage.Connection;

/// <summary>
/// Turns <see cref="StorageOptions"/> into a <see cref="StorageConnection"/> the way the Functions host does: a
/// connection string in the setting wins; otherwise its identity-based children. Every error names the setting and
/// never repeats a value that could be a key.
/// </summary>
internal static class StorageConnectionParser
{
    /// <summary>The parsed connection, or an <see cref="InvalidOperationException"/> whose message says which setting to fix.</summary>
    public static StorageConnection Parse(StorageOptions options, string connectionName = StorageOptions.DefaultConnectionName) =>
        TryParse(options, connectionName, out var connection, out var error)
            ? connection
            : throw new InvalidOperationException(error);

    /// <summary>Parses without throwing: false with a message naming the setting when nothing usable is configured.</summary>
    public static bool TryParse(
        StorageOptions options,
        string connectionName,
        [NotNullWhen(true)] out StorageConnection? connection,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ConnectionStringParser.TryParse(options.ConnectionString, connectionName, out connection, out error);
        }

        if (HasIdentitySettings(options))
        {
            return TryParseIdentity(options, connectionName, out connection, out error);
        }

        connection = null;
        error = $"Azure Storage is not configured: set '{connectionName}' to a connection string " +
            "(for Azurite 'UseDevelopmentStorage=true', or 'DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…'), " +
            $"or set '{connectionName}__blobServiceUri' and '{connectionName}__queueServiceUri' " +
            $"(or '{connectionName}__accountName') for an identity-based connection.";
        return false;
    }

    private static bool HasIdentitySettings(StorageOptions options) =>
        !string.IsNullOrWhiteSpace(options.BlobServiceUri) || !string.IsNullOrWhiteSpace(options.QueueServiceUri) ||
        !string.IsNullOrWhiteSpace(options.ServiceUri) || !string.IsNullOrWhiteSpace(options.AccountName);

    private static bool TryParseIdentity(
        StorageOptions options,
        string name,
        [NotNullWhen(true)] out StorageConnection? connection,
        [NotNullWhen(false)] out string? error)
    {
        connection = null;
        var account = options.AccountName?.Trim();
        if (!string.IsNullOrEmpty(account) && !StorageNames.IsAccountName(account))
        {
            error = $"Setting '{name}__accountName' is not a storage account name (3-24 lower-case letters and digits).";
            return false;
        }

        if (!TryServiceUri(options.BlobServiceUri ?? options.ServiceUri, options.BlobServiceUri is null ? "serviceUri" : "blobServiceUri", name, out var blob, out error) ||
            !TryServiceUri(options.QueueServiceUri, "queueServiceUri", name, out var queue, out error))
        {
            return false;
        }

        blob ??= string.IsNullOrEmpty(account) ? null : new Uri($"https://{account}.blob.core.windows.net");
        queue ??= string.IsNullOrEmpty(account) ? null : new Uri($"https://{account}.queue.core.windows.net");

        var credentialKind = options.Credential?.Trim();
        var clientId = string.IsNullOrWhiteSpace(options.ClientId) ? null : options.ClientId.Trim();
        TokenCredential credential;
        if (string.Equals(credentialKind, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            credential = new ManagedIdentityCredential(
                clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));
        }
        else if (string.IsNullOrEmpty(credentialKind))
        {
            credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
        }
        else
        {
            error = $"Setting '{name}__credential' has the unsupported value '{credentialKind}': use 'managedidentity' or leave it unset (DefaultAzureCredential).";
            return false;
        }

        var source = $"{name} (identity, {(credential is ManagedIdentityCredential ? "managed identity" : "DefaultAzureCredential")})";
        connection = StorageConnection.WithToken(name, blob, queue, credential, clientId, source);
        error = null;
        return true;
    }

    private static bool TryServiceUri(string? value, string key, string name, out Uri? uri, [NotNullWhen(false)] out string? error)
    {
        uri = null;
        error = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme != Uri.UriSchemeHttps)
        {
            error = $"Setting '{name}__{key}' must be an absolute https URI such as 'https://account.{(key == "queueServiceUri" ? "queue" : "blob")}.core.windows.net' (tokens are only sent over TLS); got '{value}'.";
            return false;
        }

        uri = parsed;
        return true;
    }
}
