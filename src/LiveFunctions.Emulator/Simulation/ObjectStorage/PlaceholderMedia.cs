using System.Text;

namespace LiveFunctions.Emulator.Simulation.ObjectStorage;

/// <summary>
/// The bytes of simulated media. A TS segment is a few 188-byte MPEG-TS null packets (sync byte 0x47, PID 0x1FFF)
/// whose ignored payload names the segment; a snapshot is a JPEG-framed placeholder (SOI, a JFIF APP0 segment, a
/// comment naming the snapshot, EOI) — recognisable by its magic bytes, not a decodable picture.
/// </summary>
internal static class PlaceholderMedia
{
    private const int PacketSize = 188;
    private const int PacketCount = 4;

    /// <summary>A TS segment whose null-packet payload carries <paramref name="label"/>.</summary>
    public static byte[] TransportStream(string label)
    {
        var bytes = new byte[PacketSize * PacketCount];
        var text = Encoding.ASCII.GetBytes(label);
        for (var packet = 0; packet < PacketCount; packet++)
        {
            var offset = packet * PacketSize;
            bytes[offset] = 0x47;
            bytes[offset + 1] = 0x1F; // PID 0x1FFF: null packet
            bytes[offset + 2] = 0xFF;
            bytes[offset + 3] = (byte)(0x10 | (packet & 0x0F)); // payload only, continuity counter
            var payload = bytes.AsSpan(offset + 4, PacketSize - 4);
            payload.Fill(0xFF);
            if (packet == 0)
            {
                text.AsSpan(0, Math.Min(text.Length, payload.Length)).CopyTo(payload);
            }
        }

        return bytes;
    }

    /// <summary>A JPEG-framed placeholder whose comment segment carries <paramref name="label"/>.</summary>
    public static byte[] Jpeg(string label)
    {
        var comment = Encoding.ASCII.GetBytes(label.Length > 1000 ? label[..1000] : label);
        using var stream = new MemoryStream();
        stream.Write([0xFF, 0xD8]); // SOI
        stream.Write([0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]); // APP0 JFIF
        var length = comment.Length + 2;
        stream.Write([0xFF, 0xFE, (byte)(length >> 8), (byte)(length & 0xFF)]); // COM
        stream.Write(comment);
        stream.Write([0xFF, 0xD9]); // EOI
        return stream.ToArray();
    }
}
