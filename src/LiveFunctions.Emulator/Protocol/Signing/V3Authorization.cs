namespace LiveFunctions.Emulator.Protocol.Signing;

/// <summary>
/// The parts of <c>Authorization: ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…</c>.
/// </summary>
internal sealed record V3Authorization(string Algorithm, string? Credential, IReadOnlyList<string> SignedHeaders, string? Signature)
{
    /// <summary>True when the header announces a V3 (<c>ACS3-…</c>) signature.</summary>
    public static bool IsV3(string? authorization) =>
        authorization is not null && authorization.TrimStart().StartsWith("ACS3-", StringComparison.Ordinal);

    /// <summary>Splits the header; absent parts are null or empty.</summary>
    public static V3Authorization Parse(string authorization)
    {
        var text = authorization.Trim();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var algorithm = space < 0 ? text : text[..space];
        string? credential = null;
        string? signedHeaders = null;
        string? signature = null;
        foreach (var part in (space < 0 ? "" : text[(space + 1)..]).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var value = part[(equals + 1)..].Trim();
            switch (part[..equals].Trim())
            {
                case "Credential":
                    credential = value;
                    break;
                case "SignedHeaders":
                    signedHeaders = value;
                    break;
                case "Signature":
                    signature = value;
                    break;
            }
        }

        var headers = (signedHeaders ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name.ToLowerInvariant())
            .ToList();
        return new V3Authorization(algorithm, NullIfEmpty(credential), headers, NullIfEmpty(signature));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
