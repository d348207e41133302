using LiveFunctions.Core.Scheduling;

namespace LiveFunctions.Core.Tests.Scheduling;

public sealed class BlobNameSegmentTests
{
    [Theory]
    [InlineData("liveStream_1-a.b", "liveStream_1-a.b")]
    [InlineData("a b", "a%20b")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("100%", "100%25")]
    [InlineData("..", ".%2E")]
    [InlineData("é", "%C3%A9")]
    public void Encode_KeepsSafeCharactersAndEscapesTheRest(string value, string expected)
    {
        Assert.Equal(expected, BlobNameSegment.Encode(value));
        Assert.True(BlobNameSegment.TryDecode(expected, out var decoded));
        Assert.Equal(value, decoded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%")]
    [InlineData("%4")]
    [InlineData("%ZZ")]
    [InlineData("%C3")]
    [InlineData("é")]
    public void TryDecode_Malformed_ReturnsFalse(string segment)
    {
        Assert.False(BlobNameSegment.TryDecode(segment, out _));
    }
}
