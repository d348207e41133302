using LiveFunctions.Core.OpenApi;

namespace LiveFunctions.Core.Operations.GetLiveTranscodeJob;

/// <summary>The typed GetLiveTranscodeJob call on <see cref="AlibabaClient"/>.</summary>
public static class GetLiveTranscodeJobClientExtensions
{
    /// <summary>Validates, signs and sends GetLiveTranscodeJob; returns the job.</summary>
    public static Task<GetLiveTranscodeJobResponse> GetLiveTranscodeJobAsync(
        this AlibabaClient client, GetLiveTranscodeJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendAsync(GetLiveTranscodeJobOperation.Instance, request, cancellationToken);
    }
}
