using LiveFunctions.Core.OpenApi.Signing;
using LiveFunctions.Testing;

namespace LiveFunctions.Core.Tests.OpenApi.Support;

/// <summary>
/// Recomputes a recorded request's signature the way a server does (from what was received, not from the client's
/// inputs), with the Signing primitives.
/// </summary>
internal static class SignatureCheck
{
    /// <summary>The Authorization a server would expect for the recorded V3 request, from its query and the headers it names as signed.</summary>
    public static string ExpectedV3Authorization(StubRequest request, string accessKeyId, string secret)
    {
        var authorization = request.Header("Authorization") ?? throw new InvalidOperationException("no Authorization header");
        var signedNames = authorization.Split("SignedHeaders=")[1].Split(',')[0].Split(';');
        var headers = signedNames.Select(n => new KeyValuePair<string, string>(n, request.Header(n) ?? throw new InvalidOperationException($"signed header {n} missing")));
        var canonical = AcsSignatureV3.CanonicalRequest(
            request.Method.Method, request.RequestUri.AbsolutePath, request.QueryParameters, headers, AcsSignatureV3.HashPayload([]));
        var signature = AcsSignatureV3.Signature(AcsSignatureV3.StringToSign(canonical.Text), secret);
        return AcsSignatureV3.Authorization(accessKeyId, canonical.SignedHeaders, signature);
    }

    /// <summary>The Signature a server would expect for the recorded V1 request, over every query parameter but Signature.</summary>
    public static string ExpectedV1Signature(StubRequest request, string secret) =>
        RpcSignatureV1.Signature(RpcSignatureV1.StringToSign(request.Method.Method, request.QueryParameters), secret);
}
