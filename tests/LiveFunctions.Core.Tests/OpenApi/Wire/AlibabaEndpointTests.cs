using LiveFunctions.Core.OpenApi.Wire;

namespace LiveFunctions.Core.Tests.OpenApi.Wire;

public sealed class AlibabaEndpointTests
{
    [Theory]
    [InlineData("https://live.aliyuncs.com", "https://live.aliyuncs.com/", "live.aliyuncs.com")]
    [InlineData("https://live.aliyuncs.com/", "https://live.aliyuncs.com/", "live.aliyuncs.com")]
    [InlineData("live.aliyuncs.com", "https://live.aliyuncs.com/", "live.aliyuncs.com")]
    [InlineData("  ice.cn-shanghai.aliyuncs.com ", "https://ice.cn-shanghai.aliyuncs.com/", "ice.cn-shanghai.aliyuncs.com")]
    [InlineData("http://127.0.0.1:7081", "http://127.0.0.1:7081/", "127.0.0.1:7081")]
    [InlineData("https://live.aliyuncs.com:443", "https://live.aliyuncs.com/", "live.aliyuncs.com")]
    [InlineData("http://localhost:80", "http://localhost/", "localhost")]
    [InlineData("https://localhost:8443", "https://localhost:8443/", "localhost:8443")]
    [InlineData("http://[::1]:7081", "http://[::1]:7081/", "[::1]:7081")]
    [InlineData("HTTPS://Live.Aliyuncs.COM", "https://live.aliyuncs.com/", "live.aliyuncs.com")]
    [InlineData("emulator.local:7081", "https://emulator.local:7081/", "emulator.local:7081")]
    public void TryParse_ValidSetting_GivesBaseUriAndSignedHost(string setting, string baseUri, string host)
    {
        Assert.True(AlibabaEndpoint.TryParse(setting, out var endpoint, out var problem), problem);

        Assert.Equal(baseUri, endpoint.BaseUri.AbsoluteUri);
        Assert.Equal(host, endpoint.Host);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("ftp://live.aliyuncs.com", "scheme")]
    [InlineData("https://live.aliyuncs.com/api", "path")]
    [InlineData("https://live.aliyuncs.com/?a=1", "query")]
    [InlineData("https://user:pw@live.aliyuncs.com", "user info")]
    [InlineData("https://", "not a URL")]
    [InlineData("http://bad host", "not a URL")]
    public void TryParse_InvalidSetting_SaysWhy(string? setting, string reason)
    {
        Assert.False(AlibabaEndpoint.TryParse(setting, out var endpoint, out var problem));

        Assert.Null(endpoint);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestUri_WithQuery_IsRootWithTheQueryUnchanged()
    {
        Assert.True(AlibabaEndpoint.TryParse("http://127.0.0.1:7081", out var endpoint, out _));

        var uri = endpoint.RequestUri("A=%7B%22x%22%3A1%7D&B=a%20b&C=%2A~");

        Assert.Equal("/?A=%7B%22x%22%3A1%7D&B=a%20b&C=%2A~", uri.PathAndQuery);
    }
}
