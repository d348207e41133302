using System.Security.Cryptography;
using System.Text;
using LiveFunctions.Core.Callbacks.Parsing;

namespace LiveFunctions.Core.Tests.Callbacks.Parsing;

public sealed class SnapshotDedupeKeyTests
{
    private const string Body = """
        {"event":"live_snapshot","domain":"example.com","app":"liveApp","stream":"liveStream",
         "OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"liveBucket","OssObject":"snapshot/1519375990.jpg","time":1519375990}
        """;

    private static string KeyOf(string body)
    {
        var result = SnapshotCallbackParser.Parse(Encoding.UTF8.GetBytes(body));
        Assert.True(result.Understood, result.Problem);
        return SnapshotDedupeKey.For(result.Event!);
    }

    [Fact]
    public void For_Snapshot_IsSha256LowerHexOfTheLengthPrefixedCanonicalString()
    {
        var canonical = "snapshot-v1\n11:example.com\n7:liveApp\n10:liveStream\n23:snapshot/1519375990.jpg\n13:1519375990000";
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

        Assert.Equal(expected, KeyOf(Body));
        Assert.Equal(SnapshotDedupeKey.Length, expected.Length);
    }

    [Fact]
    public void For_SameContentWithOtherKeyOrderCasingAliasesAndWhitespace_GivesTheSameKey()
    {
        var reshaped = """
            {
              "ossobject" : "snapshot/1519375990.jpg",
              "CreateTime": "2018-02-23T08:53:10Z",
              "StreamName": "liveStream", "AppName": "liveApp",
              "DomainName": "EXAMPLE.com",
              "oss_bucket": "liveBucket", "EVENT": "live_snapshot"
            }
            """;

        Assert.Equal(KeyOf(Body), KeyOf(reshaped));
    }

    [Fact]
    public void For_MillisecondTimeOfTheSameSecond_GivesTheSameKey()
    {
        Assert.Equal(KeyOf(Body), KeyOf(Body.Replace("1519375990}", "1519375990000}", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("\"snapshot/1519375990.jpg\"", "\"snapshot/1519375991.jpg\"")]
    [InlineData("\"time\":1519375990", "\"time\":1519375991")]
    [InlineData("\"liveStream\"", "\"liveStream2\"")]
    [InlineData("\"liveStream\"", "\"LIVESTREAM\"")]
    [InlineData("\"liveApp\"", "\"otherApp\"")]
    [InlineData("\"example.com\"", "\"example.org\"")]
    public void For_DifferentObjectTimeOrStream_GivesADifferentKey(string from, string to)
    {
        Assert.NotEqual(KeyOf(Body), KeyOf(Body.Replace(from, to, StringComparison.Ordinal)));
    }

    [Fact]
    public void For_FieldBoundariesShifted_GivesADifferentKey()
    {
        var time = DateTimeOffset.FromUnixTimeSeconds(1519375990);

        Assert.NotEqual(
            SnapshotDedupeKey.For(new SnapshotEvent("d.com", "ab", "c", time, null, null, null, null)),
            SnapshotDedupeKey.For(new SnapshotEvent("d.com", "a", "bc", time, null, null, null, null)));
    }

    [Fact]
    public void ForRawBody_IsSha256OfTheBytes()
    {
        var body = Encoding.UTF8.GetBytes("not json");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body)), SnapshotDedupeKey.ForRawBody(body));
        Assert.NotEqual(SnapshotDedupeKey.ForRawBody(body), SnapshotDedupeKey.ForRawBody(Encoding.UTF8.GetBytes("not json ")));
    }
}
