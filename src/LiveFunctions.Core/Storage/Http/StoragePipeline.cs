using Azure.Core;
using Azure.Core.Pipeline;
using LiveFunctions.Core.Storage.Connection;
using Microsoft.Extensions.Logging;

namespace LiveFunctions.Core.Storage.Http;

/// <summary>
/// Builds the Azure.Core pipeline of the storage client: our retry policy in the retry slot, then per attempt the
/// version/date headers and the authorisation (Shared Key for account keys and Azurite, bearer token with scope
/// <c>https://storage.azure.com/.default</c> for managed identity).
/// </summary>
internal static class StoragePipeline
{
    /// <summary>The Entra scope of Azure Storage data-plane tokens.</summary>
    public const string TokenScope = "https://storage.azure.com/.default";

    /// <summary>Creates the pipeline; <paramref name="transport"/> replaces the HTTP transport (tests use a stub).</summary>
    public static HttpPipeline Create(
        StorageConnection connection,
        TimeProvider timeProvider,
        ILogger logger,
        HttpPipelineTransport? transport = null,
        StorageRetrySettings? retry = null)
    {
        var options = new StorageClientOptions
        {
            RetryPolicy = new StorageRetryPolicy(timeProvider, retry ?? StorageRetrySettings.Default, logger),
        };
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        options.Diagnostics.ApplicationId = "LiveFunctions";
        if (transport is not null)
        {
            options.Transport = transport;
        }

        HttpPipelinePolicy authorisation = connection.SharedKey is { } key
            ? new SharedKeyPolicy(key)
            : new BearerTokenAuthenticationPolicy(
                connection.TokenCredential ?? throw new InvalidOperationException("A storage connection needs a key or a credential."),
                TokenScope);
        return HttpPipelineBuilder.Build(options, new StorageHeadersPolicy(timeProvider), authorisation);
    }

    private sealed class StorageClientOptions : ClientOptions;
}
