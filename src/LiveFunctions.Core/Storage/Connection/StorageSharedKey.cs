using System.Security.Cryptography;
using System.Text;

namespace LiveFunctions.Core.Storage.Connection;

/// <summary>
/// An account name and its decoded account key. The key never leaves this type: it signs, and nothing else reads it.
/// <see cref="ToString"/> names the account only.
/// </summary>
internal sealed class StorageSharedKey
{
    private readonly byte[] _key;

    private StorageSharedKey(string accountName, byte[] key)
    {
        AccountName = accountName;
        _key = key;
    }

    /// <summary>The storage account the key belongs to.</summary>
    public string AccountName { get; }

    /// <summary>
    /// Decodes a base64 account key. Returns null when it is not base64; the caller reports which setting is wrong
    /// (without the value).
    /// </summary>
    public static StorageSharedKey? TryCreate(string accountName, string base64Key)
    {
        var buffer = new byte[base64Key.Length];
        if (!Convert.TryFromBase64String(base64Key.Trim(), buffer, out var written) || written == 0)
        {
            return null;
        }

        return new StorageSharedKey(accountName, buffer[..written]);
    }

    /// <summary>Base64 of HMAC-SHA256 over the UTF-8 string-to-sign, keyed with the account key.</summary>
    public string Sign(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(stringToSign)));

    /// <inheritdoc />
    public override string ToString() => $"SharedKey({AccountName})";
}
