namespace LiveFunctions.App.Functions.Http;

/// <summary>
/// The error codes of the HTTP functions' own checks, made before anything is sent: problems of the JSON body and the
/// query that the Alibaba documents cannot name. Broken document rules keep the document's code.
/// </summary>
internal static class HttpFunctionCodes
{
    /// <summary>The body is not JSON, not a JSON object, or repeats a property (400).</summary>
    public const string MalformedJson = "MalformedJson";

    /// <summary>A property (or the <c>dryRun</c> query value) has the wrong JSON type (400).</summary>
    public const string InvalidType = "InvalidParameter.Type";

    /// <summary>A property the operation does not have; names are case-sensitive (400).</summary>
    public const string UnknownParameter = "InvalidParameter.Unknown";

    /// <summary>The body repeats a route value (DomainName, AppName, StreamName, JobId) with another value (400).</summary>
    public const string RouteConflict = "InvalidParameter.RouteConflict";

    /// <summary>The body is larger than the functions accept (413).</summary>
    public const string PayloadTooLarge = "PayloadTooLarge";
}
