namespace LiveFunctions.Emulator.Protocol;

/// <summary>
/// The one factory of the errors the emulated service answers with. This part holds the gateway's common codes
/// (spec §5.2) and the convention for rules a document lists no code for; other parts add the codes of the
/// config actions (<c>LiveConfig/ServiceErrors.LiveConfig.cs</c>) and of the simulation.
/// </summary>
internal static partial class ServiceErrors
{
    /// <summary><c>Missing{Parameter}</c> 400: a required parameter is absent or empty (the gateway's form).</summary>
    public static ServiceError Missing(string parameter) =>
        new(400, $"Missing{FieldName(parameter)}", $"{parameter} is mandatory for this action.");

    /// <summary><c>Invalid{Parameter}.Malformed</c> 400: a value breaks a rule the document lists no code for.</summary>
    public static ServiceError Malformed(string parameter, string? rule = null) =>
        new(400, $"Invalid{FieldName(parameter)}.Malformed", rule is null
            ? $"Specified parameter {parameter} is not valid."
            : $"Specified parameter {parameter} is not valid. {rule}");

    /// <summary><c>InvalidStartTime.Malformed</c> 400: StartTime is not <c>yyyy-MM-ddTHH:mm:ssZ</c> (the record-config and index documents' text).</summary>
    public static ServiceError StartTimeMalformed { get; } = new(400, "InvalidStartTime.Malformed", "Specified StartTime is malformed.");

    /// <summary><c>InvalidEndTime.Malformed</c> 400: EndTime is not <c>yyyy-MM-ddTHH:mm:ssZ</c> (the record-config and index documents' text).</summary>
    public static ServiceError EndTimeMalformed { get; } = new(400, "InvalidEndTime.Malformed", "Specified EndTime is malformed.");

    /// <summary><c>InvalidStartTime.Mismatch</c> 400: StartTime is too far from the current time (the record-config and index documents' text).</summary>
    public static ServiceError StartTimeMismatch { get; } = new(400, "InvalidStartTime.Mismatch", "Specified StartTime does not math the current time.");

    /// <summary><c>InvalidApi.NotFound</c> 404: no such action in that version.</summary>
    public static ServiceError ApiNotFound(string? action, string? version) =>
        new(404, "InvalidApi.NotFound", $"Specified api is not found, please check your url and method. (Action={action}, Version={version})");

    /// <summary><c>UnsupportedHTTPMethod</c> 400: only GET and POST reach the RPC gateway.</summary>
    public static ServiceError UnsupportedHttpMethod(string method) =>
        new(400, "UnsupportedHTTPMethod", $"Specified http method {method} is not supported.");

    /// <summary><c>InvalidParameter.Format</c> 400: <c>Format</c> is neither JSON nor XML.</summary>
    public static ServiceError InvalidResponseFormat { get; } =
        new(400, "InvalidParameter.Format", "Specified parameter format is not valid.");

    /// <summary><c>InvalidSignatureMethod</c> 400.</summary>
    public static ServiceError InvalidSignatureMethod { get; } =
        new(400, "InvalidSignatureMethod", "Specified signature method is not valid.");

    /// <summary><c>IncompleteSignature</c> 400: the signature parts do not follow the standard.</summary>
    public static ServiceError IncompleteSignature(string detail) =>
        new(400, "IncompleteSignature", $"The request signature does not conform to Aliyun standards. {detail}");

    /// <summary><c>SignatureDoesNotMatch</c> 400, echoing the server's string-to-sign as the real gateway does.</summary>
    public static ServiceError SignatureDoesNotMatch(string serverStringToSign) =>
        new(400, "SignatureDoesNotMatch", $"Specified signature is not matched with our calculation. server string to sign is:{serverStringToSign}");

    /// <summary>
    /// <c>InvalidAccessKeyId.NotFound</c>. Spec §5.2 has two sources (404 and 400); the emulator answers 404, the status
    /// the gateway's common-error list gives and real answers show.
    /// </summary>
    public static ServiceError AccessKeyNotFound { get; } =
        new(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");

    /// <summary><c>InvalidTimeStamp.Format</c> 400.</summary>
    public static ServiceError TimestampFormat { get; } =
        new(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");

    /// <summary><c>InvalidTimeStamp.Expired</c> 400: more than the tolerance (15 min) from the server clock.</summary>
    public static ServiceError TimestampExpired(string timestamp, DateTimeOffset serverTime) =>
        new(400, "InvalidTimeStamp.Expired", $"Specified time stamp or date value is expired. (request {timestamp}, server {WireTime.Format(serverTime)})");

    /// <summary><c>SignatureNonceUsed</c> 400.</summary>
    public static ServiceError NonceUsed { get; } =
        new(400, "SignatureNonceUsed", "Specified signature nonce was used already.");

    /// <summary><c>Forbidden</c> 400 (the record-config document's status): the AccessKey may not call this action.</summary>
    public static ServiceError RamForbidden { get; } =
        new(400, "Forbidden", "Ram Permission is forbidden.");

    /// <summary><c>Throttling.User</c> 400: over the action's QPS limit.</summary>
    public static ServiceError ThrottlingUser { get; } =
        new(400, "Throttling.User", "Request was denied due to user flow control.");

    /// <summary><c>InternalError</c> 500.</summary>
    public static ServiceError InternalError { get; } =
        new(500, "InternalError", "The request processing has failed due to some unknown error, exception or failure.");

    /// <summary><c>ServiceUnavailable</c> 503.</summary>
    public static ServiceError ServiceUnavailable { get; } =
        new(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.");

    // "RecordFormat.1.Format" -> "Format", "TranscodeTemplates.2" -> "TranscodeTemplates": codes name the field,
    // the message names the full wire parameter.
    private static string FieldName(string parameter)
    {
        var parts = parameter.Split('.');
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (parts[i].Length > 0 && !parts[i].All(char.IsAsciiDigit))
            {
                return parts[i];
            }
        }

        return parameter;
    }
}
