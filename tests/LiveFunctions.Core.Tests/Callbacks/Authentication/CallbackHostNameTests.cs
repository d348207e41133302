using LiveFunctions.Core.Callbacks.Authentication;

namespace LiveFunctions.Core.Tests.Callbacks.Authentication;

public sealed class CallbackHostNameTests
{
    [Theory]
    [InlineData("callbacks.example.com", "callbacks.example.com")]
    [InlineData("callbacks.example.com:8443", "callbacks.example.com")]
    [InlineData(" Callbacks.Example.com ", "Callbacks.Example.com")]
    [InlineData("https://callbacks.example.com/api/callbacks/snapshot?code=x", "callbacks.example.com")]
    [InlineData("http://user:pw@callbacks.example.com:7071/api", "callbacks.example.com")]
    [InlineData("[2001:db8::1]:7071", "[2001:db8::1]")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("10.0.0.5:80", "10.0.0.5")]
    public void TryNormalise_HostForms_GivesTheHostWithoutPort(string value, string expected)
    {
        Assert.True(CallbackHostName.TryNormalise(value, out var host));
        Assert.Equal(expected, host);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(":7071")]
    [InlineData("bad host")]
    [InlineData("https:///path")]
    [InlineData("[::1")]
    public void TryNormalise_NoUsableHost_ReturnsFalse(string? value)
    {
        Assert.False(CallbackHostName.TryNormalise(value, out _));
    }

    [Fact]
    public void TryNormalise_LongerThanADnsName_ReturnsFalse()
    {
        Assert.False(CallbackHostName.TryNormalise(new string('a', CallbackHostName.MaxLength + 1), out _));
        Assert.True(CallbackHostName.TryNormalise(new string('a', CallbackHostName.MaxLength), out _));
    }

    [Fact]
    public void TryResolve_ConfiguredHost_WinsOverHostHeader()
    {
        Assert.True(CallbackHostName.TryResolve("callbacks.example.com", "internal.azurewebsites.net:443", out var host));
        Assert.Equal("callbacks.example.com", host);
    }

    [Fact]
    public void TryResolve_NoConfiguredHost_UsesHostHeaderMinusPort()
    {
        Assert.True(CallbackHostName.TryResolve(null, "func-live.azurewebsites.net:443", out var host));
        Assert.Equal("func-live.azurewebsites.net", host);
    }
}
