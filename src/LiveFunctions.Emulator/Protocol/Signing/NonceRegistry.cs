using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Protocol.Signing;

/// <summary>
/// The SignatureNonces used per AccessKeyId within the nonce window (<c>Emulator:NonceWindow</c>, default 15 min):
/// a nonce seen again inside the window is refused with <c>SignatureNonceUsed</c>.
/// </summary>
internal sealed class NonceRegistry(IOptions<EmulatorOptions> options) : IResettable
{
    private readonly Lock _gate = new();
    private readonly TimeSpan _window = options.Value.NonceWindow;
    private readonly HashSet<(string AccessKeyId, string Nonce)> _used = [];
    private readonly Queue<(DateTimeOffset Expires, string AccessKeyId, string Nonce)> _expiry = new();

    /// <summary>Records the nonce; false when this AccessKeyId used it within the window.</summary>
    public bool TryUse(string accessKeyId, string nonce, DateTimeOffset now)
    {
        lock (_gate)
        {
            while (_expiry.Count > 0 && _expiry.Peek().Expires <= now)
            {
                var (_, key, old) = _expiry.Dequeue();
                _used.Remove((key, old));
            }

            if (!_used.Add((accessKeyId, nonce)))
            {
                return false;
            }

            _expiry.Enqueue((now + _window, accessKeyId, nonce));
            return true;
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        lock (_gate)
        {
            _used.Clear();
            _expiry.Clear();
        }
    }
}
