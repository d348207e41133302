namespace LiveFunctions.App.Functions.Http;

/// <summary>One request to an HTTP function, for its logs and error messages.</summary>
/// <param name="function">The function name, e.g. <c>record-config</c>.</param>
/// <param name="target">What it applies to: <c>example.com/liveApp</c>, <c>example.com/liveApp/stream1</c>, <c>job 1a2b…</c>.</param>
/// <param name="action">The first operation it calls.</param>
internal sealed class HttpFunctionCall(string function, string target, string action)
{
    /// <summary>The function name.</summary>
    public string Function { get; } = function;

    /// <summary>What the request applies to (domain/app/stream or job; never a secret).</summary>
    public string Target { get; set; } = target;

    /// <summary>The operation being called now; record-config moves on to AddLiveAppRecordConfig when it creates the config.</summary>
    public string Action { get; set; } = action;
}
