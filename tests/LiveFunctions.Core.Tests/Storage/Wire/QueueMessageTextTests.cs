using System.Text;
using LiveFunctions.Core.Storage.Wire;

namespace LiveFunctions.Core.Tests.Storage.Wire;

public sealed class QueueMessageTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("{\"a\":1}")]
    [InlineData("直播 ✓")]
    public void Encode_ThenTryDecode_RoundTrips(string text)
    {
        var encoded = QueueMessageText.Encode(text);

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), encoded);
        Assert.True(QueueMessageText.TryDecode(encoded, out var decoded));
        Assert.Equal(text, decoded);
    }

    [Theory]
    [InlineData("{\"a\":1}")] // not base64
    [InlineData("abc")] // base64 length rule broken
    [InlineData("/w==")] // base64 of 0xFF, not UTF-8
    public void TryDecode_NotBase64OfUtf8_ReturnsFalseAndRawText(string raw)
    {
        Assert.False(QueueMessageText.TryDecode(raw, out var text));
        Assert.Equal(raw, text);
    }
}
