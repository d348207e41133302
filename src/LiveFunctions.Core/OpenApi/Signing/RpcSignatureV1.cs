using System.Security.Cryptography;
using System.Text;

namespace LiveFunctions.Core.OpenApi.Signing;

/// <summary>
/// The RPC signature <c>HMAC-SHA1</c>, <c>SignatureVersion=1.0</c> (spec/alibaba-openapi.md §1): pure functions of the
/// parameters and the secret.
/// </summary>
public static class RpcSignatureV1
{
    /// <summary>
    /// <c>METHOD&amp;%2F&amp;percentEncode(CanonicalizedQueryString)</c> over every parameter except <c>Signature</c>.
    /// </summary>
    public static string StringToSign(string httpMethod, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(httpMethod);
        var canonical = PercentEncoding.CanonicalQuery(parameters.Where(p => p.Key != "Signature"));
        return httpMethod.ToUpperInvariant() + "&" + PercentEncoding.Encode("/") + "&" + PercentEncoding.Encode(canonical);
    }

    /// <summary>Base64 HMAC-SHA1 of the string-to-sign with the key <c>AccessKeySecret + "&amp;"</c>.</summary>
    public static string Signature(string stringToSign, string accessKeySecret)
    {
        ArgumentNullException.ThrowIfNull(stringToSign);
        ArgumentNullException.ThrowIfNull(accessKeySecret);
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(accessKeySecret + "&"), Encoding.UTF8.GetBytes(stringToSign));
        return Convert.ToBase64String(mac);
    }
}
