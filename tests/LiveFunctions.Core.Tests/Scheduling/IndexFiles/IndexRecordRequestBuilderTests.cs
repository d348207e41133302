using LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;
using LiveFunctions.Core.Scheduling.IndexFiles;

namespace LiveFunctions.Core.Tests.Scheduling.IndexFiles;

public sealed class IndexRecordRequestBuilderTests
{
    private static readonly IndexWorkItem Item = new("example.com", "liveApp", "liveStream", new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero));

    private static IndexFilesOptions Options() => new() { OssEndpoint = "oss-cn-shanghai.aliyuncs.com", OssBucket = "live-records" };

    [Fact]
    public void ExpandOssObject_DefaultTemplate_UsesDateAndHourOfTheHourStartInUtc()
    {
        Assert.Equal("record/liveApp/liveStream/2026-02-28/23.m3u8", IndexRecordRequestBuilder.ExpandOssObject(IndexFilesOptions.DefaultOssObjectTemplate, Item));
    }

    [Fact]
    public void ExpandOssObject_EveryVariable_IsReplaced()
    {
        var expanded = IndexRecordRequestBuilder.ExpandOssObject("{DomainName}/{Year}/{Month}/{Day}/{Hour}/{AppName}-{StreamName}-{Date}.m3u8", Item);

        Assert.Equal("example.com/2026/02/28/23/liveApp-liveStream-2026-02-28.m3u8", expanded);
    }

    [Fact]
    public void ExpandOssObject_HourStartGivenWithOffset_UsesUtc()
    {
        var item = Item with { HourStart = new DateTimeOffset(2026, 3, 1, 7, 0, 0, TimeSpan.FromHours(8)) };

        Assert.Equal("2026-02-28/23", IndexRecordRequestBuilder.ExpandOssObject("{Date}/{Hour}", item));
    }

    [Theory]
    [InlineData("{Minute}_{Second}.m3u8", "{Minute}_{Second}.m3u8")]
    [InlineData("{appname}/{Hour}", "{appname}/23")]
    [InlineData("{}{Hour", "{}{Hour")]
    [InlineData("a{{Hour}}b", "a{23}b")]
    public void ExpandOssObject_UnknownOrUnclosedVariables_AreKeptAsWritten(string template, string expected)
    {
        Assert.Equal(expected, IndexRecordRequestBuilder.ExpandOssObject(template, Item));
    }

    [Fact]
    public void Build_WorkItem_GivesTheHourAsStartAndEndAndPassesTheDocumentRules()
    {
        var request = IndexRecordRequestBuilder.Build(Item, Options());

        Assert.Equal("example.com", request.DomainName);
        Assert.Equal("liveApp", request.AppName);
        Assert.Equal("liveStream", request.StreamName);
        Assert.Equal("oss-cn-shanghai.aliyuncs.com", request.OssEndpoint);
        Assert.Equal("live-records", request.OssBucket);
        Assert.Equal("record/liveApp/liveStream/2026-02-28/23.m3u8", request.OssObject);
        Assert.Equal("2026-02-28T23:00:00Z", request.StartTime);
        Assert.Equal("2026-03-01T00:00:00Z", request.EndTime);
        Assert.False(request.EndTimeIncluded);
        Assert.Empty(CreateLiveStreamRecordIndexFilesValidator.Validate(request, new DateTimeOffset(2026, 3, 1, 0, 5, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Build_EndTimeIncludedConfigured_IsSent()
    {
        var options = Options();
        options.EndTimeIncluded = true;

        Assert.True(IndexRecordRequestBuilder.Build(Item, options).EndTimeIncluded);
    }
}
