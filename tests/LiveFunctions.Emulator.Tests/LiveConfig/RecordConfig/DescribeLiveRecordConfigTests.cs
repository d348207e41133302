using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.LiveConfig.RecordConfig;

/// <summary>DescribeLiveRecordConfig paging and filters, and DeleteLiveAppRecordConfig.</summary>
public sealed class DescribeLiveRecordConfigTests : EmulatorTest
{
    [Fact]
    public async Task Describe_ManyConfigs_PagesInCreationOrder()
    {
        for (var i = 0; i < 12; i++)
        {
            await AddAsync("app", $"s{i:00}");
            Emulator.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var page2 = await Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", "example.com"), ("PageNum", "2"), ("PageSize", "5")));
        var desc = await Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", "example.com"), ("PageSize", "5"), ("Order", "desc")));

        Assert.Equal(12, (int)page2.Body["TotalNum"]!);
        Assert.Equal(3, (int)page2.Body["TotalPage"]!);
        Assert.Equal(2, (int)page2.Body["PageNum"]!);
        Assert.Equal(["s05", "s06", "s07", "s08", "s09"], Streams(page2));
        Assert.Equal("desc", (string?)desc.Body["Order"]);
        Assert.Equal(["s11", "s10", "s09", "s08", "s07"], Streams(desc));
    }

    [Fact]
    public async Task Describe_AppAndStreamFilters_OnlyMatchingConfigs()
    {
        await AddAsync("a1", "x");
        await AddAsync("a1", "y");
        await AddAsync("a2", "x");

        var byApp = await Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", "example.com"), ("AppName", "a1")));
        var byStream = await Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", "example.com"), ("StreamName", "x")));
        var otherDomain = await Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", "other.com")));

        Assert.Equal(2, (int)byApp.Body["TotalNum"]!);
        Assert.Equal(2, (int)byStream.Body["TotalNum"]!);
        Assert.Equal(0, (int)otherDomain.Body["TotalNum"]!);
    }

    [Fact]
    public async Task Describe_DomainNameMissing_MissingDomainName() =>
        Assert.Equal("MissingDomainName", (await Client.CallAsync("DescribeLiveRecordConfig", Params())).Code);

    [Theory]
    [InlineData("PageSize", "4", "InvalidPageSize.Malformed")]
    [InlineData("PageSize", "31", "InvalidPageSize.Malformed")]
    [InlineData("PageNum", "0", "InvalidPageNum.Malformed")]
    [InlineData("Order", "random", "InvalidOrder.Malformed")]
    public async Task Describe_PagingOutOfRange_Malformed(string parameter, string value, string code)
    {
        var answer = await Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", "example.com"), (parameter, value)));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(code, answer.Code);
    }

    [Fact]
    public async Task Delete_ExistingConfig_RemovedFromDescribe()
    {
        await AddAsync("app", "s1");

        var deleted = await Client.CallAsync("DeleteLiveAppRecordConfig", Params(("DomainName", "example.com"), ("AppName", "app"), ("StreamName", "s1")));
        var described = await Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", "example.com")));

        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(0, (int)described.Body["TotalNum"]!);
    }

    [Fact]
    public async Task Delete_NoConfig_InvalidConfigNotFound()
    {
        var answer = await Client.CallAsync("DeleteLiveAppRecordConfig", Params(("DomainName", "example.com"), ("AppName", "app")));

        Assert.Equal("InvalidConfig.NotFound", answer.Code);
    }

    [Fact]
    public async Task Delete_AppNameMissing_MissingAppName() =>
        Assert.Equal("MissingAppName", (await Client.CallAsync("DeleteLiveAppRecordConfig", Params(("DomainName", "example.com")))).Code);

    private async Task AddAsync(string app, string stream)
    {
        var answer = await Client.CallAsync("AddLiveAppRecordConfig", Params(
            ("DomainName", "example.com"), ("AppName", app), ("StreamName", stream), ("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"),
            ("OssBucket", "bucket"), ("RecordFormat.1.Format", "mp4"), ("RecordFormat.1.OssObjectPrefix", "r/{StartTime}_{EndTime}")));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    private static IEnumerable<string?> Streams(ApiAnswer answer) =>
        answer.Body["LiveAppRecordList"]!["LiveAppRecord"]!.AsArray().Select(r => (string?)r!["StreamName"]);
}
