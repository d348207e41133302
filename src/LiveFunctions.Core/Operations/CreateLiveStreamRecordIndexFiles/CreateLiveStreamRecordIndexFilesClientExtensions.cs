using LiveFunctions.Core.OpenApi;

namespace LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;

/// <summary>The typed CreateLiveStreamRecordIndexFiles call on <see cref="AlibabaClient"/>.</summary>
public static class CreateLiveStreamRecordIndexFilesClientExtensions
{
    /// <summary>Validates, signs and sends CreateLiveStreamRecordIndexFiles; returns the created manifest.</summary>
    public static Task<CreateLiveStreamRecordIndexFilesResponse> CreateLiveStreamRecordIndexFilesAsync(
        this AlibabaClient client, CreateLiveStreamRecordIndexFilesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendAsync(CreateLiveStreamRecordIndexFilesOperation.Instance, request, cancellationToken);
    }
}
