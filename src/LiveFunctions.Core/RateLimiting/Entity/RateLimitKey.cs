using System.Text;
using LiveFunctions.Core.OpenApi;

namespace LiveFunctions.Core.RateLimiting.Entity;

/// <summary>
/// One shared budget: an AccessKeyId (not a secret; Alibaba counts per account, and keys of one account share it only
/// when they are the same key here), a product and an action. Its entity is the blob <see cref="BlobName"/>.
/// </summary>
public sealed record RateLimitKey
{
    /// <summary>Validates and creates the key.</summary>
    public RateLimitKey(string accessKeyId, AlibabaProduct product, string action)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKeyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        if (accessKeyId.Length > 256)
        {
            throw new ArgumentException("An AccessKeyId has at most 256 characters.", nameof(accessKeyId));
        }

        if (action.Length > 128 || !action.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"'{action}' is not an OpenAPI action name (ASCII letters and digits).", nameof(action));
        }

        if (!Enum.IsDefined(product))
        {
            throw new ArgumentOutOfRangeException(nameof(product), product, "Unknown product.");
        }

        AccessKeyId = accessKeyId;
        Product = product;
        Action = action;
    }

    /// <summary>The AccessKey ID.</summary>
    public string AccessKeyId { get; }

    /// <summary>The product.</summary>
    public AlibabaProduct Product { get; }

    /// <summary>The OpenAPI action.</summary>
    public string Action { get; }

    /// <summary>
    /// <c>{accessKeyId}/{product}/{Action}.json</c>, the AccessKeyId with every character other than ASCII letters,
    /// digits, <c>-</c> and <c>_</c> written as <c>~XX</c> (hex of its UTF-8 bytes), so any id makes one safe segment.
    /// </summary>
    public string BlobName => $"{EncodeSegment(AccessKeyId)}/{Product.ToString().ToLowerInvariant()}/{Action}.json";

    /// <inheritdoc />
    public override string ToString() => $"{AccessKeyId}/{Product}/{Action}";

    internal static string EncodeSegment(string value)
    {
        var text = new StringBuilder(value.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '-' or '_'))
            {
                text.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                text.Append('~').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
