using System.Globalization;

namespace LiveFunctions.Emulator.Tests.Simulation.RecordIndex;

/// <summary>
/// A small, strict HLS media-playlist parser for the tests: #EXTM3U first, every #EXTINF followed by a URI line,
/// each duration at most the target duration (rounded, as RFC 8216 says), #EXT-X-ENDLIST last.
/// </summary>
internal sealed record HlsPlaylist(int Version, int TargetDuration, int MediaSequence, IReadOnlyList<HlsSegment> Segments, int Discontinuities)
{
    public static HlsPlaylist Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        Assert.True(lines.Count >= 2, "playlist too short");
        Assert.Equal("#EXTM3U", lines[0]);
        Assert.Equal("#EXT-X-ENDLIST", lines[^1]);
        int? version = null, target = null, sequence = null;
        var segments = new List<HlsSegment>();
        var discontinuities = 0;
        for (var i = 1; i < lines.Count - 1; i++)
        {
            var line = lines[i];
            if (line.StartsWith("#EXT-X-VERSION:", StringComparison.Ordinal))
            {
                version = int.Parse(line["#EXT-X-VERSION:".Length..], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("#EXT-X-TARGETDURATION:", StringComparison.Ordinal))
            {
                target = int.Parse(line["#EXT-X-TARGETDURATION:".Length..], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("#EXT-X-MEDIA-SEQUENCE:", StringComparison.Ordinal))
            {
                sequence = int.Parse(line["#EXT-X-MEDIA-SEQUENCE:".Length..], CultureInfo.InvariantCulture);
            }
            else if (line == "#EXT-X-DISCONTINUITY")
            {
                discontinuities++;
            }
            else if (line.StartsWith("#EXTINF:", StringComparison.Ordinal))
            {
                var value = line["#EXTINF:".Length..];
                Assert.EndsWith(",", value);
                var duration = double.Parse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture);
                i++;
                Assert.True(i < lines.Count - 1, "#EXTINF without a URI");
                var uri = lines[i];
                Assert.False(uri.Length == 0 || uri.StartsWith('#'), $"#EXTINF followed by '{uri}', not a URI");
                segments.Add(new HlsSegment(duration, uri));
            }
            else
            {
                Assert.Fail($"unexpected playlist line '{line}'");
            }
        }

        Assert.NotNull(version);
        Assert.NotNull(target);
        Assert.NotNull(sequence);
        Assert.NotEmpty(segments);
        Assert.All(segments, s => Assert.True(Math.Round(s.Duration, MidpointRounding.AwayFromZero) <= target, $"duration {s.Duration} exceeds target {target}"));
        return new HlsPlaylist(version!.Value, target!.Value, sequence!.Value, segments, discontinuities);
    }
}

internal sealed record HlsSegment(double Duration, string Uri);
