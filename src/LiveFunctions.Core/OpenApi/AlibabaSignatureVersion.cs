namespace LiveFunctions.Core.OpenApi;

/// <summary>Which request signature the client sends.</summary>
public enum AlibabaSignatureVersion
{
    /// <summary><c>ACS3-HMAC-SHA256</c>: the signature in the <c>Authorization</c> header (the SDK default).</summary>
    V3,

    /// <summary><c>HMAC-SHA1</c>, <c>SignatureVersion=1.0</c>: common parameters and <c>Signature</c> in the query string.</summary>
    V1,
}
