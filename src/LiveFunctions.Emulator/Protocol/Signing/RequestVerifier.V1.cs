using LiveFunctions.Emulator.Protocol.Pipeline;

namespace LiveFunctions.Emulator.Protocol.Signing;

internal sealed partial class RequestVerifier
{
    // V1 (spec §1): everything travels as parameters in the query and/or form body; all of them but Signature are signed.
    private Verification VerifyV1(IncomingRequest request, DateTimeOffset now)
    {
        var action = request.Parameter("Action");
        var version = request.Parameter("Version");
        var parameters = OperationParameters(request);
        // Format is optional and defaults to XML (spec §1.1); the SDK sends lower-case "json", so the case is ignored.
        var format = request.Parameter("Format");
        var formatKnown = format is null || format.Equals("XML", StringComparison.OrdinalIgnoreCase) || format.Equals("JSON", StringComparison.OrdinalIgnoreCase);
        var answerFormat = format is null || format.Equals("XML", StringComparison.OrdinalIgnoreCase) ? AnswerFormat.Xml : AnswerFormat.Json;

        Verification Refuse(ServiceError error, string? accessKeyId = null) =>
            new(action, version, parameters, answerFormat, accessKeyId, null, error);

        if (string.IsNullOrEmpty(action))
        {
            return Refuse(ServiceErrors.Missing("Action"));
        }

        if (string.IsNullOrEmpty(version))
        {
            return Refuse(ServiceErrors.Missing("Version"));
        }

        if (CheckApi(action, version) is { } apiError)
        {
            return Refuse(apiError);
        }

        if (!formatKnown)
        {
            return Refuse(ServiceErrors.InvalidResponseFormat);
        }

        foreach (var required in (string[])["SignatureMethod", "SignatureVersion", "AccessKeyId", "Signature", "SignatureNonce", "Timestamp"])
        {
            if (string.IsNullOrEmpty(request.Parameter(required)))
            {
                return Refuse(ServiceErrors.Missing(required));
            }
        }

        if (!string.Equals(request.Parameter("SignatureMethod"), "HMAC-SHA1", StringComparison.Ordinal))
        {
            return Refuse(ServiceErrors.InvalidSignatureMethod);
        }

        if (!string.Equals(request.Parameter("SignatureVersion"), "1.0", StringComparison.Ordinal))
        {
            return Refuse(ServiceErrors.IncompleteSignature("SignatureVersion must be 1.0 with SignatureMethod HMAC-SHA1."));
        }

        var accessKeyId = request.Parameter("AccessKeyId")!;
        if (CheckTimestamp(request.Parameter("Timestamp")!, now) is { } timeError)
        {
            return Refuse(timeError, accessKeyId);
        }

        if (FindCredential(accessKeyId) is not { } credential)
        {
            return Refuse(ServiceErrors.AccessKeyNotFound, accessKeyId);
        }

        var stringToSign = RpcSignatureV1.StringToSign(request.Method, request.AllPairs);
        if (!SameSignature(RpcSignatureV1.Sign(stringToSign, credential.AccessKeySecret), request.Parameter("Signature")!))
        {
            return Refuse(ServiceErrors.SignatureDoesNotMatch(stringToSign), accessKeyId);
        }

        if (CheckNonceAndPermission(credential, action, request.Parameter("SignatureNonce")!, now) is { } lastError)
        {
            return Refuse(lastError, accessKeyId);
        }

        return new Verification(action, version, parameters, answerFormat, accessKeyId, AccountOf(credential), null);
    }
}
