using System.Diagnostics.CodeAnalysis;

namespace LiveFunctions.Core.Storage.Connection;

/// <summary>
/// Parses an Azure Storage connection string: <c>UseDevelopmentStorage=true</c>, the account form
/// (<c>DefaultEndpointsProtocol</c>, <c>AccountName</c>, <c>AccountKey</c>, <c>EndpointSuffix</c>) and explicit
/// <c>BlobEndpoint</c>/<c>QueueEndpoint</c> (as Azurite on custom ports prints). Keys are case-insensitive.
/// </summary>
internal static class ConnectionStringParser
{
    /// <summary>Azurite's default account.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known default account key (public, documented; not a secret).</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static bool TryParse(
        string connectionString,
        string name,
        [NotNullWhen(true)] out StorageConnection? connection,
        [NotNullWhen(false)] out string? error)
    {
        connection = null;
        if (!TrySplit(connectionString, name, out var parts, out error))
        {
            return false;
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out var development))
        {
            return TryDevelopment(development, parts, name, out connection, out error);
        }

        if (parts.ContainsKey("SharedAccessSignature"))
        {
            error = $"Setting '{name}': connection strings with a SharedAccessSignature are not supported; use an AccountKey or an identity-based connection.";
            return false;
        }

        parts.TryGetValue("AccountName", out var account);
        parts.TryGetValue("AccountKey", out var accountKey);
        if (string.IsNullOrEmpty(account) || string.IsNullOrEmpty(accountKey))
        {
            error = $"Setting '{name}': the connection string needs both AccountName and AccountKey (or use 'UseDevelopmentStorage=true').";
            return false;
        }

        var key = StorageSharedKey.TryCreate(account, accountKey);
        if (key is null)
        {
            error = $"Setting '{name}': AccountKey is not valid base64.";
            return false;
        }

        var protocolValue = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        var protocol = string.Equals(protocolValue, "http", StringComparison.OrdinalIgnoreCase) ? "http"
            : string.Equals(protocolValue, "https", StringComparison.OrdinalIgnoreCase) ? "https"
            : null;
        if (protocol is null)
        {
            error = $"Setting '{name}': DefaultEndpointsProtocol must be 'http' or 'https', not '{protocolValue}'.";
            return false;
        }

        var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net").Trim('.');
        if (!TryEndpoint(parts, "BlobEndpoint", name, $"{protocol}://{account}.blob.{suffix}", out var blob, out error) ||
            !TryEndpoint(parts, "QueueEndpoint", name, $"{protocol}://{account}.queue.{suffix}", out var queue, out error))
        {
            return false;
        }

        connection = StorageConnection.WithSharedKey(name, blob, queue, key, $"{name} (connection string, account {account})");
        return true;
    }

    private static bool TryDevelopment(
        string value,
        Dictionary<string, string> parts,
        string name,
        [NotNullWhen(true)] out StorageConnection? connection,
        [NotNullWhen(false)] out string? error)
    {
        connection = null;
        if (!bool.TryParse(value, out var enabled) || !enabled)
        {
            error = $"Setting '{name}': UseDevelopmentStorage must be 'true' (it stands for the Azurite defaults).";
            return false;
        }

        var host = "http://127.0.0.1";
        if (parts.TryGetValue("DevelopmentStorageProxyUri", out var proxy))
        {
            if (!Uri.TryCreate(proxy, UriKind.Absolute, out var proxyUri))
            {
                error = $"Setting '{name}': DevelopmentStorageProxyUri '{proxy}' is not an absolute URI.";
                return false;
            }

            host = $"{proxyUri.Scheme}://{proxyUri.Host}";
        }

        var key = StorageSharedKey.TryCreate(DevelopmentAccountName, DevelopmentAccountKey)!;
        connection = StorageConnection.WithSharedKey(
            name,
            new Uri($"{host}:10000/{DevelopmentAccountName}"),
            new Uri($"{host}:10001/{DevelopmentAccountName}"),
            key,
            $"{name} (UseDevelopmentStorage=true)");
        error = null;
        return true;
    }

    private static bool TryEndpoint(
        Dictionary<string, string> parts, string key, string name, string derived, out Uri? uri, [NotNullWhen(false)] out string? error)
    {
        error = null;
        var explicitValue = parts.GetValueOrDefault(key);
        var text = string.IsNullOrEmpty(explicitValue) ? derived : explicitValue;
        if (Uri.TryCreate(text, UriKind.Absolute, out uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return true;
        }

        error = string.IsNullOrEmpty(explicitValue)
            ? $"Setting '{name}': AccountName/EndpointSuffix do not form a valid {key} ('{derived}')."
            : $"Setting '{name}': {key} '{explicitValue}' is not an absolute http(s) URI.";
        uri = null;
        return false;
    }

    private static bool TrySplit(
        string connectionString, string name, out Dictionary<string, string> parts, [NotNullWhen(false)] out string? error)
    {
        parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var raw in connectionString.Split(';'))
        {
            index++;
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                // The part is not repeated: it could be (a piece of) a key.
                error = $"Setting '{name}': part {index} of the connection string is not of the form Key=Value.";
                return false;
            }

            parts[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        error = null;
        return true;
    }
}
