namespace LiveFunctions.App.Functions.Http;

/// <summary>A request an HTTP function refuses before anything is sent: the status, the code and a message naming the field.</summary>
/// <param name="StatusCode">The HTTP status of the answer (400, or 413 for a body that is too large).</param>
/// <param name="Code">The error code (<see cref="HttpFunctionCodes"/>, or a document's code for a broken rule).</param>
/// <param name="Message">One or more sentences naming the field and what is wrong with it.</param>
internal sealed record InputError(int StatusCode, string Code, string Message)
{
    /// <summary>A 400 with this code and message.</summary>
    public static InputError BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}
