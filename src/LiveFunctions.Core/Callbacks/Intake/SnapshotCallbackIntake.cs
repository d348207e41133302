using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Core.Callbacks.Queue;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Callbacks.Intake;

/// <summary>
/// The host-agnostic decision of <c>POST /api/callbacks/snapshot</c>: size limit, authentication, then the queue
/// message. Nothing here waits on storage or subscribers, so the HTTP function can answer Live at once.
/// </summary>
public sealed class SnapshotCallbackIntake
{
    /// <summary>The queue the intake writes to and the processor reads.</summary>
    public const string QueueName = "snapshot-callbacks";

    /// <summary>Where the Functions host moves a message after its last failed processing attempt.</summary>
    public const string PoisonQueueName = QueueName + "-poison";

    private readonly SnapshotCallbackAuthenticator _authenticator;
    private readonly SnapshotCallbackOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the intake.</summary>
    public SnapshotCallbackIntake(SnapshotCallbackAuthenticator authenticator, IOptions<SnapshotCallbackOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _authenticator = authenticator;
        _options = options.Value;
        _time = time;
    }

    /// <summary>The largest body taken (SnapshotCallbacks:MaxBodyBytes).</summary>
    public int MaxBodyBytes => _options.MaxBodyBytes;

    /// <summary>Decides on one callback from its header values and body bytes.</summary>
    public SnapshotIntakeResult Receive(string? hostHeader, string? timestamp, string? signature, ReadOnlyMemory<byte> body) =>
        Receive(hostHeader, timestamp, signature, body, receiptId: null);

    /// <summary>
    /// Decides on one callback; <paramref name="receiptId"/> (e.g. the intake invocation's id) is carried in the queue
    /// message as <see cref="SnapshotCallbackMessage.ReceiptId"/> so the processing logs can be tied to the receipt.
    /// </summary>
    public SnapshotIntakeResult Receive(string? hostHeader, string? timestamp, string? signature, ReadOnlyMemory<byte> body, string? receiptId)
    {
        if (body.Length > _options.MaxBodyBytes)
        {
            return TooLarge();
        }

        var authentication = _authenticator.Verify(hostHeader, timestamp, signature);
        if (!authentication.Accepted)
        {
            return new SnapshotIntakeResult(401, authentication.Failure.ToString(), authentication.Reason, null, null);
        }

        var message = SnapshotCallbackMessages.Create(body, authentication, _time.GetUtcNow(), receiptId);
        return new SnapshotIntakeResult(200, "Accepted", "Accepted.", message, SnapshotCallbackMessageJson.Serialize(message));
    }

    /// <summary>The 413 answer, for a host that refuses the body before reading it (e.g. from Content-Length).</summary>
    public SnapshotIntakeResult TooLarge() =>
        new(413, "BodyTooLarge", $"The callback body is larger than SnapshotCallbacks:MaxBodyBytes ({_options.MaxBodyBytes} bytes).", null, null);

    /// <summary>
    /// Reads a request body of at most <paramref name="maxBytes"/> bytes; null as soon as it is longer. At most
    /// <paramref name="maxBytes"/> + 1 bytes are read from <paramref name="body"/>: the one extra byte tells "exactly at
    /// the limit" from "over it", and the rest of an oversized body is never read.
    /// </summary>
    public static async Task<byte[]?> ReadBodyAsync(Stream body, int maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        ArgumentOutOfRangeException.ThrowIfEqual(maxBytes, int.MaxValue);
        var buffer = new byte[Math.Min(maxBytes + 1, 16 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxBytes + 1));
            }

            var read = await body.ReadAsync(buffer.AsMemory(length, buffer.Length - length), cancellationToken);
            if (read == 0)
            {
                return buffer[..length];
            }

            length += read;
            if (length > maxBytes)
            {
                return null;
            }
        }
    }
}
