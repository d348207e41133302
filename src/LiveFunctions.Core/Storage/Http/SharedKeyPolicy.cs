using Azure.Core;
using Azure.Core.Pipeline;
using LiveFunctions.Core.Storage.Connection;

namespace LiveFunctions.Core.Storage.Http;

/// <summary>
/// Authorises each attempt with <c>Authorization: SharedKey {account}:{signature}</c> (spec §4.3). Must run after
/// <see cref="StorageHeadersPolicy"/>, which sets the signed <c>x-ms-date</c>.
/// </summary>
internal sealed class SharedKeyPolicy(StorageSharedKey key) : HttpPipelineSynchronousPolicy
{
    /// <inheritdoc />
    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var stringToSign = SharedKeyStringToSign.Build(message.Request, key.AccountName);
        message.Request.Headers.SetValue(HttpHeader.Names.Authorization, $"SharedKey {key.AccountName}:{key.Sign(stringToSign)}");
    }
}
