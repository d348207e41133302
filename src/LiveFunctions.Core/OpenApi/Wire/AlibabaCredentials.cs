namespace LiveFunctions.Core.OpenApi.Wire;

/// <summary>The credentials that sign a call. <see cref="ToString"/> shows the AccessKey ID only.</summary>
/// <param name="AccessKeyId">The AccessKey ID (not secret).</param>
/// <param name="AccessKeySecret">The AccessKey secret.</param>
/// <param name="SecurityToken">The STS security token, for temporary credentials; null otherwise.</param>
internal sealed record AlibabaCredentials(string AccessKeyId, string AccessKeySecret, string? SecurityToken)
{
    /// <summary>Shows the AccessKey ID; the secret and the token are redacted.</summary>
    public override string ToString() =>
        $"AlibabaCredentials {{ AccessKeyId = {AccessKeyId}, AccessKeySecret = ***, SecurityToken = {AlibabaOptions.Redact(SecurityToken)} }}";
}
