namespace LiveFunctions.App.Functions.Http;

/// <summary>
/// The error answer of every HTTP function, with the names Alibaba uses on its wire, so a client reads ours and the
/// service's alike. <see cref="RequestId"/> is the service's for a service error, otherwise a new id of ours.
/// </summary>
/// <param name="Code">The error code: the service's, the document's for a broken rule, or one of <see cref="HttpFunctionCodes"/>.</param>
/// <param name="Message">What went wrong, naming the field or the operation.</param>
/// <param name="RequestId">The id to quote when asking about this answer.</param>
internal sealed record ErrorBody(string Code, string Message, string RequestId)
{
    /// <summary>A new id of ours in the service's form (an upper-case GUID).</summary>
    public static string NewRequestId() => Guid.NewGuid().ToString("D").ToUpperInvariant();
}
