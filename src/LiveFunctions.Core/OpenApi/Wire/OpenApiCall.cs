namespace LiveFunctions.Core.OpenApi.Wire;

/// <summary>One RPC call before signing: where it goes, what it is, and its operation parameters.</summary>
/// <param name="Host">The endpoint host that is signed and sent (with the port when not the default).</param>
/// <param name="Action">The OpenAPI action.</param>
/// <param name="Version">The product's OpenAPI version.</param>
/// <param name="Parameters">The operation parameters, unencoded, without common or signature parameters.</param>
internal sealed record OpenApiCall(string Host, string Action, string Version, IReadOnlyList<KeyValuePair<string, string>> Parameters);

/// <summary>A signed call, ready for the wire: the encoded query string of <c>POST /</c> and the headers to send.</summary>
/// <param name="QueryString">The query string (sorted, percent-encoded, no leading <c>?</c>).</param>
/// <param name="Headers">Every header to send, <c>host</c> included, in a fixed order.</param>
internal sealed record SignedRequest(string QueryString, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>Names only: the values carry the signature and, for STS credentials, the security token.</summary>
    public override string ToString() =>
        $"SignedRequest {{ Headers = {string.Join(", ", Headers.Select(h => h.Key))} }}";
}
