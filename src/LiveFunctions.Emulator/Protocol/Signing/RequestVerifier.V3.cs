using LiveFunctions.Emulator.Protocol.Pipeline;

namespace LiveFunctions.Emulator.Protocol.Signing;

internal sealed partial class RequestVerifier
{
    // The x-acs headers that take the roles of V1's common parameters; each must be present and signed.
    private static readonly (string Header, string Role)[] V3RequiredHeaders =
    [
        ("x-acs-date", "Timestamp"),
        ("x-acs-signature-nonce", "SignatureNonce"),
        ("x-acs-content-sha256", "ContentSha256"),
    ];

    // V3 (spec §2): action, version, time and nonce travel in x-acs headers; parameters in the query (signed) and/or
    // a form body (covered by the payload hash, which the server computes from the bytes it received).
    private Verification VerifyV3(IncomingRequest request, DateTimeOffset now)
    {
        var action = request.Header("x-acs-action");
        var version = request.Header("x-acs-version");
        var parameters = OperationParameters(request);

        Verification Refuse(ServiceError error, string? accessKeyId = null) =>
            new(action, version, parameters, AnswerFormat.Json, accessKeyId, null, error);

        if (string.IsNullOrEmpty(action))
        {
            return Refuse(MissingHeader("Action", "x-acs-action"));
        }

        if (string.IsNullOrEmpty(version))
        {
            return Refuse(MissingHeader("Version", "x-acs-version"));
        }

        if (CheckApi(action, version) is { } apiError)
        {
            return Refuse(apiError);
        }

        var authorization = V3Authorization.Parse(request.Header("Authorization")!);
        if (!string.Equals(authorization.Algorithm, AcsSignatureV3.Algorithm, StringComparison.Ordinal))
        {
            return Refuse(ServiceErrors.InvalidSignatureMethod);
        }

        if (authorization.Credential is null || authorization.SignedHeaders.Count == 0 || authorization.Signature is null)
        {
            return Refuse(ServiceErrors.IncompleteSignature("The Authorization header needs Credential, SignedHeaders and Signature."));
        }

        foreach (var (header, role) in V3RequiredHeaders)
        {
            if (string.IsNullOrEmpty(request.Header(header)))
            {
                return Refuse(MissingHeader(role, header));
            }
        }

        if (SignedHeadersProblem(request, authorization.SignedHeaders) is { } incomplete)
        {
            return Refuse(ServiceErrors.IncompleteSignature(incomplete));
        }

        var accessKeyId = authorization.Credential;
        if (CheckTimestamp(request.Header("x-acs-date")!, now) is { } timeError)
        {
            return Refuse(timeError, accessKeyId);
        }

        if (FindCredential(accessKeyId) is not { } credential)
        {
            return Refuse(ServiceErrors.AccessKeyNotFound, accessKeyId);
        }

        var canonicalRequest = AcsSignatureV3.CanonicalRequest(
            request.Method,
            request.Path,
            request.Query,
            authorization.SignedHeaders.Distinct().Select(name => new KeyValuePair<string, IReadOnlyList<string>>(name, HeaderValues(request, name))),
            AcsSignatureV3.HashPayload(request.Body));
        var stringToSign = AcsSignatureV3.StringToSign(canonicalRequest);
        if (!SameSignature(AcsSignatureV3.Sign(stringToSign, credential.AccessKeySecret), authorization.Signature.ToLowerInvariant()))
        {
            return Refuse(ServiceErrors.SignatureDoesNotMatch(stringToSign), accessKeyId);
        }

        if (CheckNonceAndPermission(credential, action, request.Header("x-acs-signature-nonce")!, now) is { } lastError)
        {
            return Refuse(lastError, accessKeyId);
        }

        return new Verification(action, version, parameters, AnswerFormat.Json, accessKeyId, AccountOf(credential), null);
    }

    // Every signed header must be present, and every common x-acs header present must be signed (spec §2.2).
    private static string? SignedHeadersProblem(IncomingRequest request, IReadOnlyList<string> signedHeaders)
    {
        foreach (var name in signedHeaders)
        {
            if (request.Header(name) is null)
            {
                return $"The signed header {name} is not in the request.";
            }
        }

        foreach (var name in (string[])["x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256", "x-acs-security-token"])
        {
            if (request.Header(name) is not null && !signedHeaders.Contains(name, StringComparer.Ordinal))
            {
                return $"The header {name} must be signed (listed in SignedHeaders).";
            }
        }

        return null;
    }

    private static string[] HeaderValues(IncomingRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) ? values.Select(value => value ?? "").ToArray() : [];

    private static ServiceError MissingHeader(string role, string header) =>
        new(400, $"Missing{role}", $"{header} is mandatory for this action.");
}
