using System.Globalization;
using System.Text;
using LiveFunctions.Emulator.Simulation.ObjectStorage;
using LiveFunctions.Emulator.Simulation.Recording;

namespace LiveFunctions.Emulator.Simulation.RecordIndex;

/// <summary>
/// Writes an HLS (version 3) VOD playlist of TS segments. A segment in the playlist's own bucket is referenced by a
/// path relative to the playlist's folder; a segment in another bucket by its absolute emulator OSS URL. A new
/// session (the stream was re-published) starts with <c>#EXT-X-DISCONTINUITY</c>.
/// </summary>
internal static class M3u8Writer
{
    /// <summary>The playlist text (LF line ends).</summary>
    public static string Write(IReadOnlyList<RecordSegment> segments, string playlistBucket, string playlistKey, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var target = (int)Math.Ceiling(segments.Max(s => s.Duration.TotalSeconds));
        var text = new StringBuilder();
        text.Append("#EXTM3U\n");
        text.Append("#EXT-X-VERSION:3\n");
        text.Append(CultureInfo.InvariantCulture, $"#EXT-X-TARGETDURATION:{target}\n");
        text.Append(CultureInfo.InvariantCulture, $"#EXT-X-MEDIA-SEQUENCE:{segments[0].Sequence}\n");
        string? session = null;
        foreach (var segment in segments)
        {
            if (session is not null && segment.SessionId != session)
            {
                text.Append("#EXT-X-DISCONTINUITY\n");
            }

            session = segment.SessionId;
            text.Append(CultureInfo.InvariantCulture, $"#EXTINF:{segment.Duration.TotalSeconds:0.000},\n");
            text.Append(segment.Bucket == playlistBucket ? RelativePath(playlistKey, segment.Key) : baseUrl + ObjectKeys.UrlPath(segment.Bucket, segment.Key));
            text.Append('\n');
        }

        text.Append("#EXT-X-ENDLIST\n");
        return text.ToString();
    }

    /// <summary>The path of <paramref name="targetKey"/> relative to the folder of <paramref name="fromKey"/>, segments escaped.</summary>
    public static string RelativePath(string fromKey, string targetKey)
    {
        ArgumentNullException.ThrowIfNull(fromKey);
        ArgumentNullException.ThrowIfNull(targetKey);
        var folder = fromKey.Split('/')[..^1];
        var target = targetKey.Split('/');
        var common = 0;
        while (common < folder.Length && common < target.Length - 1 && folder[common] == target[common])
        {
            common++;
        }

        var up = string.Concat(Enumerable.Repeat("../", folder.Length - common));
        return up + ObjectKeys.EscapeSegments(string.Join('/', target[common..]));
    }
}
