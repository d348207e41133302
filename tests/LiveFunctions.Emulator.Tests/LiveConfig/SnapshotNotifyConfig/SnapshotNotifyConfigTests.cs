using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.LiveConfig.SnapshotNotifyConfig;

/// <summary>AddLiveSnapshotNotifyConfig / UpdateLiveSnapshotNotifyConfig / DescribeLiveSnapshotNotifyConfig.</summary>
public sealed class SnapshotNotifyConfigTests : EmulatorTest
{
    private static readonly Dictionary<string, string> Valid = new()
    {
        ["DomainName"] = "example.com",
        ["NotifyUrl"] = "https://hooks.example.com/snapshot",
        ["NotifyReqAuth"] = "yes",
        ["NotifyAuthKey"] = "abcdEFGH12345678",
    };

    [Fact]
    public async Task Add_WithAuthKey_DescribeShowsIt()
    {
        var added = await Client.CallAsync("AddLiveSnapshotNotifyConfig", Valid);
        var described = await Client.CallAsync("DescribeLiveSnapshotNotifyConfig", Params(("DomainName", "example.com")));

        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.Equal("https://hooks.example.com/snapshot", (string?)described.Body["NotifyUrl"]);
        Assert.Equal("yes", (string?)described.Body["NotifyReqAuth"]);
        Assert.Equal("abcdEFGH12345678", (string?)described.Body["NotifyAuthKey"]);
    }

    [Fact]
    public async Task Add_NotifyReqAuthLeftOut_DefaultsToNoAndNeedsNoKey()
    {
        await Client.CallAsync("AddLiveSnapshotNotifyConfig", Valid.Without("NotifyReqAuth", "NotifyAuthKey"));
        var described = await Client.CallAsync("DescribeLiveSnapshotNotifyConfig", Params(("DomainName", "example.com")));

        Assert.Equal("no", (string?)described.Body["NotifyReqAuth"]);
        Assert.Null(described.Body["NotifyAuthKey"]);
    }

    [Theory]
    [InlineData("DomainName")]
    [InlineData("NotifyUrl")]
    [InlineData("NotifyAuthKey")]
    public async Task Add_RequiredParameterMissing_MissingParam(string parameter)
    {
        var answer = await Client.CallAsync("AddLiveSnapshotNotifyConfig", Valid.Without(parameter));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("MissingParam", answer.Code);
        Assert.Contains(parameter, answer.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NotifyAuthKey", "abcdEFGH1234567")]
    [InlineData("NotifyAuthKey", "abcdEFGH12345678abcdEFGH12345678x")]
    [InlineData("NotifyAuthKey", "abcdEFGH-2345678")]
    [InlineData("NotifyReqAuth", "true")]
    [InlineData("NotifyUrl", "hooks.example.com/snapshot")]
    public async Task Add_ParameterBreaksRule_MalformedParam(string parameter, string value)
    {
        var answer = await Client.CallAsync("AddLiveSnapshotNotifyConfig", Valid.With((parameter, value)));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("MalformedParam", answer.Code);
        Assert.Contains(parameter, answer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_NotifyUrlLongerThan500_MalformedParam()
    {
        var answer = await Client.CallAsync("AddLiveSnapshotNotifyConfig", Valid.With(("NotifyUrl", "https://hooks.example.com/" + new string('a', 475))));

        Assert.Equal("MalformedParam", answer.Code);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    public async Task Add_AuthKeyAtLengthBounds_Accepted(int length) =>
        Assert.Equal(HttpStatusCode.OK, (await Client.CallAsync("AddLiveSnapshotNotifyConfig", Valid.With(("NotifyAuthKey", new string('k', length))))).Status);

    [Fact]
    public async Task Add_DomainHasOne_ConfigAlreadyExists409()
    {
        await Client.CallAsync("AddLiveSnapshotNotifyConfig", Valid);

        var answer = await Client.CallAsync("AddLiveSnapshotNotifyConfig", Valid);

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal("ConfigAlreadyExists", answer.Code);
    }

    [Fact]
    public async Task Update_Existing_ReplacesUrlAndKey()
    {
        await Client.CallAsync("AddLiveSnapshotNotifyConfig", Valid);

        var updated = await Client.CallAsync("UpdateLiveSnapshotNotifyConfig", Valid.With(("NotifyUrl", "https://new.example.com/cb"), ("NotifyAuthKey", "ZYXWVUTSRQPONMLK")));
        var described = await Client.CallAsync("DescribeLiveSnapshotNotifyConfig", Params(("DomainName", "example.com")));

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        Assert.Equal("https://new.example.com/cb", (string?)described.Body["NotifyUrl"]);
        Assert.Equal("ZYXWVUTSRQPONMLK", (string?)described.Body["NotifyAuthKey"]);
    }

    [Fact]
    public async Task Update_NoConfig_InvalidConfigNotFound() =>
        Assert.Equal("InvalidConfig.NotFound", (await Client.CallAsync("UpdateLiveSnapshotNotifyConfig", Valid)).Code);

    [Fact]
    public async Task Describe_NoConfig_InvalidConfigNotFound() =>
        Assert.Equal("InvalidConfig.NotFound", (await Client.CallAsync("DescribeLiveSnapshotNotifyConfig", Params(("DomainName", "example.com")))).Code);
}
