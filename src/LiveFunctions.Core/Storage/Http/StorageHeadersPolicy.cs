using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace LiveFunctions.Core.Storage.Http;

/// <summary>
/// Stamps every attempt with the pinned <c>x-ms-version</c> and a fresh <c>x-ms-date</c> from the injected clock.
/// Runs per retry, before authorisation, so a retried request is signed with its own time.
/// </summary>
internal sealed class StorageHeadersPolicy(TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    /// <summary>The REST API version this client speaks (spec §4.2: mature, deployed everywhere, known to Azurite).</summary>
    public const string ServiceVersion = "2025-05-05";

    /// <inheritdoc />
    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Request.Headers.SetValue("x-ms-version", ServiceVersion);
        message.Request.Headers.SetValue(
            "x-ms-date", timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
    }
}
