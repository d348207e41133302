using LiveFunctions.Core.OpenApi.Signing;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.OpenApi.Wire;

/// <summary>
/// Signs one RPC call (<c>POST /</c>, every parameter in the query, empty body): a pure function of the call, the
/// credentials, the time and the nonce, built on the primitives of <see cref="Signing"/>.
/// </summary>
internal static class OpenApiRequestSigner
{
    private const string Method = "POST";

    // The names V1 adds to the query itself; an operation parameter must not reuse one.
    private static readonly HashSet<string> V1CommonNames = new(StringComparer.Ordinal)
    {
        "Action", "Version", "Format", "AccessKeyId", "SignatureMethod", "SignatureVersion", "SignatureNonce",
        "Timestamp", "SecurityToken", "Signature",
    };

    /// <summary>
    /// <c>ACS3-HMAC-SHA256</c>: operation parameters in the query; action, version, date, nonce and payload hash (and
    /// for STS the token and AccessKey ID) in signed <c>x-acs-*</c> headers; the signature in <c>Authorization</c>.
    /// </summary>
    public static SignedRequest SignV3(OpenApiCall call, AlibabaCredentials credentials, DateTimeOffset time, string nonce)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(credentials);
        EnsureDistinctNames(call, reserved: null);

        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", call.Host),
            new("x-acs-action", call.Action),
            new("x-acs-version", call.Version),
            new("x-acs-date", AlibabaTime.ToWire(time)),
            new("x-acs-signature-nonce", nonce),
            new("x-acs-content-sha256", AcsSignatureV3.EmptyPayloadHash),
        };
        if (credentials.SecurityToken is { Length: > 0 } token)
        {
            headers.Add(new("x-acs-security-token", token));
            headers.Add(new("x-acs-accesskey-id", credentials.AccessKeyId));
        }

        var canonical = AcsSignatureV3.CanonicalRequest(Method, "/", call.Parameters, headers, AcsSignatureV3.EmptyPayloadHash);
        var signature = AcsSignatureV3.Signature(AcsSignatureV3.StringToSign(canonical.Text), credentials.AccessKeySecret);
        headers.Add(new("Authorization", AcsSignatureV3.Authorization(credentials.AccessKeyId, canonical.SignedHeaders, signature)));
        return new SignedRequest(PercentEncoding.CanonicalQuery(call.Parameters), headers);
    }

    /// <summary>
    /// <c>HMAC-SHA1</c>, <c>SignatureVersion=1.0</c>: the common parameters (and for STS <c>SecurityToken</c>) join the
    /// operation parameters in the query, and <c>Signature</c> over all of them is added to it.
    /// </summary>
    public static SignedRequest SignV1(OpenApiCall call, AlibabaCredentials credentials, DateTimeOffset time, string nonce)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(credentials);
        EnsureDistinctNames(call, V1CommonNames);

        var parameters = new List<KeyValuePair<string, string>>(call.Parameters)
        {
            new("Action", call.Action),
            new("Version", call.Version),
            new("Format", "JSON"),
            new("AccessKeyId", credentials.AccessKeyId),
            new("SignatureMethod", "HMAC-SHA1"),
            new("SignatureVersion", "1.0"),
            new("SignatureNonce", nonce),
            new("Timestamp", AlibabaTime.ToWire(time)),
        };
        if (credentials.SecurityToken is { Length: > 0 } token)
        {
            parameters.Add(new("SecurityToken", token));
        }

        var signature = RpcSignatureV1.Signature(RpcSignatureV1.StringToSign(Method, parameters), credentials.AccessKeySecret);
        parameters.Add(new("Signature", signature));
        return new SignedRequest(PercentEncoding.CanonicalQuery(parameters), [new("host", call.Host)]);
    }

    // A repeated name would be sent twice and signed in an order the server need not share: an operation bug, not input.
    private static void EnsureDistinctNames(OpenApiCall call, HashSet<string>? reserved)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, _) in call.Parameters)
        {
            if (!seen.Add(name) || (reserved?.Contains(name) ?? false))
            {
                throw new InvalidOperationException(
                    $"{call.Action}: the operation parameter '{name}' is repeated or collides with a common parameter.");
            }
        }
    }
}
