using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Protocol.Signing;

/// <summary>Configured credentials replace the default key; a key's action list acts as its RAM policy.</summary>
public sealed class CredentialSettingsTests : EmulatorTest
{
    private static readonly Dictionary<string, string> Describe = new() { ["DomainName"] = "example.com" };

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Emulator:Credentials:0:AccessKeyId"] = "alice",
        ["Emulator:Credentials:0:AccessKeySecret"] = "alice-secret",
        ["Emulator:Credentials:1:AccessKeyId"] = "reader",
        ["Emulator:Credentials:1:AccessKeySecret"] = "reader-secret",
        ["Emulator:Credentials:1:Actions:0"] = "DescribeLiveRecordConfig",
    };

    [Fact]
    public async Task CallAsync_ConfiguredKey_Accepted()
    {
        var answer = await Emulator.ClientFor("alice", "alice-secret").CallAsync("DescribeLiveRecordConfig", Describe);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task CallAsync_DefaultKeyWhenOthersConfigured_InvalidAccessKeyIdNotFound()
    {
        var answer = await Client.CallAsync("DescribeLiveRecordConfig", Describe);

        Assert.Equal("InvalidAccessKeyId.NotFound", answer.Code);
    }

    [Fact]
    public async Task CallAsync_ActionOutsideKeysActions_Forbidden()
    {
        var reader = Emulator.ClientFor("reader", "reader-secret");

        var allowed = await reader.CallAsync("DescribeLiveRecordConfig", Describe);
        var refused = await reader.CallAsync("DeleteLiveAppRecordConfig", Params(("DomainName", "example.com"), ("AppName", "app")));

        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Forbidden", refused.Code);
    }
}
