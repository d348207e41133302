using LiveFunctions.Core.OpenApi;

namespace LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

/// <summary>The typed UpdateLiveTranscodeJob call on <see cref="AlibabaClient"/>.</summary>
public static class UpdateLiveTranscodeJobClientExtensions
{
    /// <summary>Validates, signs and sends UpdateLiveTranscodeJob.</summary>
    public static Task<UpdateLiveTranscodeJobResponse> UpdateLiveTranscodeJobAsync(
        this AlibabaClient client, UpdateLiveTranscodeJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendAsync(UpdateLiveTranscodeJobOperation.Instance, request, cancellationToken);
    }
}
