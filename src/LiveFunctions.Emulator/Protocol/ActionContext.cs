namespace LiveFunctions.Emulator.Protocol;

/// <summary>One authenticated OpenAPI call, as an action handler sees it.</summary>
/// <param name="Action">The action name.</param>
/// <param name="Version">The API version (<c>2016-11-01</c> Live, <c>2020-11-09</c> ICE).</param>
/// <param name="Parameters">Operation parameters from the query and form body (common and signature parameters removed).</param>
/// <param name="AccessKeyId">The caller's AccessKey ID.</param>
/// <param name="Now">The emulator's clock at arrival.</param>
/// <param name="RequestId">The RequestId of this call, echoed in the answer.</param>
internal sealed record ActionContext(
    string Action,
    string Version,
    IReadOnlyDictionary<string, string> Parameters,
    string AccessKeyId,
    DateTimeOffset Now,
    string RequestId)
{
    /// <summary>The parameter's value, or null when absent.</summary>
    public string? Get(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
}
