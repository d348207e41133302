namespace LiveFunctions.Emulator.Protocol.Signing;

/// <summary>How an answer is serialised: JSON, or XML (V1's documented default when <c>Format</c> is absent).</summary>
internal enum AnswerFormat
{
    /// <summary>JSON.</summary>
    Json,

    /// <summary>XML.</summary>
    Xml,
}

/// <summary>
/// What the verifier learnt about a request: the action, version and operation parameters (known even when the
/// request is refused, for the request log), the caller, the answer format, and the error when refused.
/// </summary>
internal sealed record Verification(
    string? Action,
    string? Version,
    IReadOnlyDictionary<string, string> Parameters,
    AnswerFormat Format,
    string? AccessKeyId,
    string? Account,
    ServiceError? Error);
