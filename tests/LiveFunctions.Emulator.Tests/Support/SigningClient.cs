using System.Security.Cryptography;
using System.Text;

namespace LiveFunctions.Emulator.Tests.Support;

/// <summary>How one test call deviates from a correct, fresh request.</summary>
public sealed record CallOptions
{
    public string? Nonce { get; init; }

    /// <summary>The timestamp to send instead of the clock's now (as a wire string, so malformed ones can be sent).</summary>
    public string? Timestamp { get; init; }

    /// <summary>The secret to sign with instead of the client's.</summary>
    public string? SigningSecret { get; init; }

    public string? SecurityToken { get; init; }

    /// <summary>Send the operation parameters as a form body instead of the query.</summary>
    public bool FormBody { get; init; }

    public string Method { get; init; } = "POST";

    public string Version { get; init; } = SigningClient.LiveVersion;

    /// <summary>V1: the Format parameter (signed); null leaves it out.</summary>
    public string? Format { get; init; } = "JSON";

    /// <summary>V1: change the signed parameter set just before sending (e.g. drop one).</summary>
    public Action<IDictionary<string, string>>? AfterSigningV1 { get; init; }

    /// <summary>V3: change the request just before sending (e.g. drop or alter a header).</summary>
    public Action<HttpRequestMessage>? AfterSigningV3 { get; init; }
}

/// <summary>
/// The tests' own, deliberately small signing client (a third implementation, apart from Core's and the emulator's):
/// V3 sends parameters in the query with x-acs headers, V1 sends everything as parameters.
/// </summary>
public sealed class SigningClient(HttpClient http, TimeProvider clock, string accessKeyId = "testid", string secret = "testsecret")
{
    public const string LiveVersion = "2016-11-01";
    public const string IceVersion = "2020-11-09";

    /// <summary>The string-to-sign of the last request this client signed.</summary>
    public string? LastStringToSign { get; private set; }

    /// <summary>A V3 call (the SDK default).</summary>
    public async Task<ApiAnswer> CallAsync(string action, IReadOnlyDictionary<string, string>? parameters = null, CallOptions? options = null)
    {
        using var response = await SendV3Async(action, parameters ?? new Dictionary<string, string>(), options ?? new CallOptions());
        return await ApiAnswer.ReadAsync(response);
    }

    /// <summary>A V1 call with Format=JSON.</summary>
    public async Task<ApiAnswer> CallV1Async(string action, IReadOnlyDictionary<string, string>? parameters = null, CallOptions? options = null)
    {
        using var response = await SendV1Async(action, parameters ?? new Dictionary<string, string>(), options ?? new CallOptions());
        return await ApiAnswer.ReadAsync(response);
    }

    public Task<HttpResponseMessage> SendV3Async(string action, IReadOnlyDictionary<string, string> parameters, CallOptions options)
    {
        var encoded = Canonical(parameters);
        var body = options.FormBody ? encoded : "";
        var query = options.FormBody ? "" : encoded;
        var request = new HttpRequestMessage(new HttpMethod(options.Method), query.Length == 0 ? "/" : "/?" + query);
        var hash = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = http.BaseAddress!.Authority,
            ["x-acs-action"] = action,
            ["x-acs-version"] = options.Version,
            ["x-acs-date"] = options.Timestamp ?? Now(),
            ["x-acs-signature-nonce"] = options.Nonce ?? Guid.NewGuid().ToString(),
            ["x-acs-content-sha256"] = hash,
        };
        if (options.SecurityToken is not null)
        {
            headers["x-acs-security-token"] = options.SecurityToken;
        }

        if (options.FormBody)
        {
            headers["content-type"] = "application/x-www-form-urlencoded";
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
        }

        var signedNames = string.Join(';', headers.Keys);
        var canonicalRequest = $"{options.Method}\n/\n{query}\n{string.Concat(headers.Select(h => $"{h.Key}:{h.Value}\n"))}\n{signedNames}\n{hash}";
        var stringToSign = "ACS3-HMAC-SHA256\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));
        LastStringToSign = stringToSign;
        var signature = Hex(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.SigningSecret ?? secret), Encoding.UTF8.GetBytes(stringToSign)));
        foreach (var (name, value) in headers.Where(h => h.Key is not ("host" or "content-type")))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.TryAddWithoutValidation("Authorization", $"ACS3-HMAC-SHA256 Credential={accessKeyId},SignedHeaders={signedNames},Signature={signature}");
        options.AfterSigningV3?.Invoke(request);
        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendV1Async(string action, IReadOnlyDictionary<string, string> parameters, CallOptions options)
    {
        var all = new Dictionary<string, string>(parameters)
        {
            ["Action"] = action,
            ["Version"] = options.Version,
            ["AccessKeyId"] = accessKeyId,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureVersion"] = "1.0",
            ["SignatureNonce"] = options.Nonce ?? Guid.NewGuid().ToString(),
            ["Timestamp"] = options.Timestamp ?? Now(),
        };
        if (options.SecurityToken is not null)
        {
            all["SecurityToken"] = options.SecurityToken;
        }

        if (options.Format is not null)
        {
            all["Format"] = options.Format;
        }

        var stringToSign = $"{options.Method}&%2F&{Uri.EscapeDataString(Canonical(all))}";
        LastStringToSign = stringToSign;
        all["Signature"] = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes((options.SigningSecret ?? secret) + "&"), Encoding.UTF8.GetBytes(stringToSign)));
        options.AfterSigningV1?.Invoke(all);
        var encoded = Canonical(all);
        var request = new HttpRequestMessage(new HttpMethod(options.Method), options.FormBody ? "/" : "/?" + encoded);
        if (options.FormBody)
        {
            request.Content = new StringContent(encoded, Encoding.UTF8);
            request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
        }

        return http.SendAsync(request);
    }

    // Uri.EscapeDataString encodes every byte outside A-Z a-z 0-9 - _ . ~ with upper-case hex (RFC 3986).
    private static string Canonical(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

    private string Now() => clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
