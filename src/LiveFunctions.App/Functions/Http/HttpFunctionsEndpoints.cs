using LiveFunctions.App.Functions.OpenApi;
using LiveFunctions.App.Functions.RecordConfig;
using LiveFunctions.App.Functions.RecordIndexFiles;
using LiveFunctions.App.Functions.SnapshotConfig;
using LiveFunctions.App.Functions.TranscodeJob;
using LiveFunctions.App.Functions.VodRecordConfig;

namespace LiveFunctions.App.Functions.Http;

/// <summary>Maps the HTTP functions that apply Alibaba configurations, and the OpenAPI document.</summary>
internal static class HttpFunctionsEndpoints
{
    /// <summary>
    /// Maps record-config, vod-record-config, snapshot-config, record-index-files, transcode-job and openapi (after
    /// <c>UseFunctionsHosting</c>). They call Alibaba through the registered <c>AlibabaClient</c> (<c>AddAlibabaOpenApi()</c>).
    /// </summary>
    public static WebApplication MapHttpFunctions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        RecordConfigFunction.Map(app);
        VodRecordConfigFunction.Map(app);
        SnapshotConfigFunction.Map(app);
        RecordIndexFilesFunction.Map(app);
        TranscodeJobFunction.Map(app);
        OpenApiFunction.Map(app);
        return app;
    }
}
