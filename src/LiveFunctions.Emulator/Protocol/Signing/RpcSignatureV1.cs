using System.Security.Cryptography;
using System.Text;

namespace LiveFunctions.Emulator.Protocol.Signing;

/// <summary>The RPC signature V1 (<c>HMAC-SHA1</c>, <c>SignatureVersion=1.0</c>; spec §1).</summary>
internal static class RpcSignatureV1
{
    /// <summary>
    /// <c>METHOD&amp;%2F&amp;percentEncode(canonicalized query)</c> over every parameter (query and form) except
    /// <c>Signature</c>.
    /// </summary>
    public static string StringToSign(string method, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var canonical = PercentEncoding.CanonicalQuery(parameters.Where(pair => !string.Equals(pair.Key, "Signature", StringComparison.Ordinal)));
        return $"{method.ToUpperInvariant()}&{PercentEncoding.Encode("/")}&{PercentEncoding.Encode(canonical)}";
    }

    /// <summary>Base64(HMAC-SHA1(secret + "&amp;", stringToSign)).</summary>
    public static string Sign(string stringToSign, string accessKeySecret)
    {
        var key = Encoding.UTF8.GetBytes(accessKeySecret + "&");
        return Convert.ToBase64String(HMACSHA1.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }
}
