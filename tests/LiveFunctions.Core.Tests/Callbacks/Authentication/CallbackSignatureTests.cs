using LiveFunctions.Core.Callbacks.Authentication;

namespace LiveFunctions.Core.Tests.Callbacks.Authentication;

public sealed class CallbackSignatureTests
{
    [Fact]
    public void Compute_DocumentExample_GivesTheMd5OfHostTimestampKey()
    {
        // spec §7.2: md5("learn.aliyundoc.com|1519375990|yourkey"), checked with md5sum.
        Assert.Equal("9e226fc2c250be266e3657e156f68c12", CallbackSignature.Compute("learn.aliyundoc.com", "1519375990", "yourkey"));
    }

    [Fact]
    public void Compute_OtherInputs_GivesTheirOwnMd5()
    {
        // md5("callbacks.example.com|1700000000|current-key"), checked with md5sum.
        Assert.Equal("a8c304401cdc7a030b37ad51506d8fc7", CallbackSignature.Compute("callbacks.example.com", "1700000000", "current-key"));
    }

    [Theory]
    [InlineData("9e226fc2c250be266e3657e156f68c12", true)]
    [InlineData("9E226FC2C250BE266E3657E156F68C12", true)]
    [InlineData("9e226fc2c250be266e3657e156f68c13", false)]
    [InlineData("9e226fc2c250be266e3657e156f68c1", false)]
    [InlineData("", false)]
    public void Matches_ProvidedSignature_ComparesHexIgnoringCase(string provided, bool expected)
    {
        Assert.Equal(expected, CallbackSignature.Matches("9e226fc2c250be266e3657e156f68c12", provided));
    }
}
