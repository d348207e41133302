using LiveFunctions.Core.Storage.Wire;

namespace LiveFunctions.Core.Tests.Storage.Wire;

public sealed class BlobListXmlTests
{
    [Fact]
    public void Read_EncodedNameAndNoMarker_DecodesNameAndEndsListing()
    {
        var page = BlobListXml.Read(
            "<EnumerationResults><Blobs><Blob><Name Encoded=\"true\">a%01b</Name><Properties>" +
            "<Last-Modified>Tue, 02 Dec 2025 09:59:00 GMT</Last-Modified><Etag>\"0x1\"</Etag><Content-Length>5</Content-Length>" +
            "</Properties></Blob></Blobs><NextMarker /></EnumerationResults>");

        Assert.NotNull(page);
        Assert.Null(page.NextMarker);
        var blob = Assert.Single(page.Blobs);
        Assert.Equal(("a\u0001b", "\"0x1\"", 5L), (blob.Name, blob.ETag, blob.ContentLength));
    }

    [Theory]
    [InlineData("<Other />")]
    [InlineData("not xml")]
    [InlineData("<EnumerationResults><Blobs><Blob><Name>a</Name></Blob></Blobs></EnumerationResults>")]
    public void Read_NotAListing_ReturnsNull(string body) => Assert.Null(BlobListXml.Read(body));

    [Theory]
    [InlineData("0x8D1", "\"0x8D1\"")]
    [InlineData("\"0x8D1\"", "\"0x8D1\"")]
    [InlineData("W/\"x\"", "W/\"x\"")]
    public void QuoteETag_BareOrQuoted_ReturnsQuoted(string etag, string expected) => Assert.Equal(expected, BlobListXml.QuoteETag(etag));
}
