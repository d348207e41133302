using System.Security.Cryptography;
using System.Text;
using LiveFunctions.Emulator.Protocol.Pipeline;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Protocol.Signing;

/// <summary>
/// Checks a request the way the POP gateway does, in this order: action and version present and served
/// (<c>Missing…</c>, <c>InvalidApi.NotFound</c>), signature parameters complete (<c>Missing…</c>,
/// <c>IncompleteSignature</c>, <c>InvalidSignatureMethod</c>), timestamp well-formed and within the tolerance
/// (<c>InvalidTimeStamp.*</c>), AccessKey known (<c>InvalidAccessKeyId.NotFound</c>), signature equal to the server's
/// (<c>SignatureDoesNotMatch</c> with the server's string-to-sign), nonce unused (<c>SignatureNonceUsed</c>).
/// A request with <c>Authorization: ACS3-…</c> is verified as V3, any other as V1.
/// </summary>
internal sealed partial class RequestVerifier(IOptions<EmulatorOptions> options, NonceRegistry nonces, EmulatorActionTable actions)
{
    /// <summary>The common and signature parameters, which are not operation parameters.</summary>
    public static readonly IReadOnlySet<string> CommonParameters = new HashSet<string>(StringComparer.Ordinal)
    {
        "Signature", "SignatureNonce", "Timestamp", "AccessKeyId", "SignatureMethod", "SignatureVersion",
        "Format", "Version", "Action", "SecurityToken",
    };

    private readonly IReadOnlyList<EmulatorCredential> _credentials = options.Value.EffectiveCredentials;
    private readonly TimeSpan _tolerance = options.Value.TimestampTolerance;

    /// <summary>Verifies one request at the emulator's time <paramref name="now"/>.</summary>
    public Verification Verify(IncomingRequest request, DateTimeOffset now) =>
        V3Authorization.IsV3(request.Header("Authorization")) ? VerifyV3(request, now) : VerifyV1(request, now);

    private static Dictionary<string, string> OperationParameters(IncomingRequest request)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.AllPairs)
        {
            if (!CommonParameters.Contains(name))
            {
                parameters.TryAdd(name, value);
            }
        }

        return parameters;
    }

    // The checks both versions share once their parts are extracted: served action, timestamp, key, signature, nonce.
    private ServiceError? CheckApi(string action, string version) =>
        actions.TryGet(version, action, out _) ? null : ServiceErrors.ApiNotFound(action, version);

    private ServiceError? CheckTimestamp(string timestamp, DateTimeOffset now)
    {
        if (!WireTime.TryParse(timestamp, out var time))
        {
            return ServiceErrors.TimestampFormat;
        }

        return (time - now).Duration() > _tolerance ? ServiceErrors.TimestampExpired(timestamp, now) : null;
    }

    private EmulatorCredential? FindCredential(string accessKeyId) =>
        _credentials.FirstOrDefault(credential => string.Equals(credential.AccessKeyId, accessKeyId, StringComparison.Ordinal));

    // The last checks of both versions: the nonce is consumed only by a correctly signed request, then RAM.
    private ServiceError? CheckNonceAndPermission(EmulatorCredential credential, string action, string nonce, DateTimeOffset now) =>
        !nonces.TryUse(credential.AccessKeyId, nonce, now) ? ServiceErrors.NonceUsed
        : credential.Actions.Count > 0 && !credential.Actions.Contains(action, StringComparer.Ordinal) ? ServiceErrors.RamForbidden
        : null;

    private static bool SameSignature(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));

    private static string AccountOf(EmulatorCredential credential) =>
        string.IsNullOrEmpty(credential.Account) ? credential.AccessKeyId : credential.Account;
}
