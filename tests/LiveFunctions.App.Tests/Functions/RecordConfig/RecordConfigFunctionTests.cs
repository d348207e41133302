using System.Net;
using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Tests.Functions.Support;
using LiveFunctions.Testing;
using static LiveFunctions.App.Tests.Functions.Support.Answers;
using static LiveFunctions.App.Tests.Functions.Support.FunctionsApp;

namespace LiveFunctions.App.Tests.Functions.RecordConfig;

public sealed class RecordConfigFunctionTests
{
    private const string Path = "/api/domains/example.com/apps/liveApp/record-config";

    private const string UpdateBody = """{"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","DelayTime":180,"RecordFormat":[{"Format":"m3u8","SliceDuration":10}]}""";

    private const string CreateBody = """
        {"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"live-bucket",
         "RecordFormat":[{"Format":"m3u8","OssObjectPrefix":"record/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}",
                          "SliceOssObjectPrefix":"record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}"}]}
        """;

    private static string Describe(string bucket) => $$$"""
        {"RequestId":"DESCRIBE-1","PageNum":1,"PageSize":30,"TotalNum":1,"TotalPage":1,
         "LiveAppRecordList":{"LiveAppRecord":[{"DomainName":"example.com","AppName":"liveApp","OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"{{{bucket}}}"}]}}
        """;

    [Fact]
    public async Task Put_ConfigExists_UpdatesWithTheRouteValues()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(Ok("""{"RequestId":"UPDATE-1"}""")));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, UpdateBody);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("UpdateLiveAppRecordConfig", body.GetProperty("Action").GetString());
        Assert.Equal("UPDATE-1", body.GetProperty("RequestId").GetString());
        Assert.Equal(Outcomes.Updated, body.GetProperty("Outcome").GetString());
        Assert.False(body.TryGetProperty("NotApplied", out _));
        var sent = Assert.Single(app.Alibaba.Requests);
        Assert.Equal("UpdateLiveAppRecordConfig", ActionOf(sent));
        Assert.Equal("example.com", sent.QueryValue("DomainName"));
        Assert.Equal("liveApp", sent.QueryValue("AppName"));
        Assert.Equal("180", sent.QueryValue("DelayTime"));
        Assert.Equal("10", sent.QueryValue("RecordFormat.1.SliceDuration"));
        Assert.Null(sent.QueryValue("OssBucket"));
    }

    [Fact]
    public async Task Put_CreateFieldsAndConfigExists_UpdateSaysWhatItCouldNotChange()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(Ok("""{"RequestId":"UPDATE-1"}""")));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, CreateBody);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["OssBucket", "RecordFormat[0].OssObjectPrefix", "RecordFormat[0].SliceOssObjectPrefix"],
            body.GetProperty("NotApplied").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Null(Assert.Single(app.Alibaba.Requests).QueryValue("OssBucket"));
    }

    [Fact]
    public async Task Put_NoConfigYet_CreatesItWithAdd()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.BadRequest, "InvalidConfig.NotFound")));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(Ok("""{"RequestId":"ADD-1"}""")));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, CreateBody);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("AddLiveAppRecordConfig", body.GetProperty("Action").GetString());
        Assert.Equal("ADD-1", body.GetProperty("RequestId").GetString());
        Assert.Equal(Outcomes.Created, body.GetProperty("Outcome").GetString());
        Assert.Equal(["UpdateLiveAppRecordConfig", "AddLiveAppRecordConfig"], app.Alibaba.Requests.Select(ActionOf).ToArray());
        var add = app.Alibaba.Requests[1];
        Assert.Equal("live-bucket", add.QueryValue("OssBucket"));
        Assert.Equal("record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}", add.QueryValue("RecordFormat.1.SliceOssObjectPrefix"));
        Assert.Contains(app.Logs.All, l => l.EventId.Id == 5005 && l.AllText.Contains("example.com/liveApp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_NoConfigAndNoBucket_NotFoundSayingWhatToInclude()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.BadRequest, "InvalidConfig.NotFound", "SVC-NF")));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, UpdateBody);

        AssertError(response, body, HttpStatusCode.NotFound, "InvalidConfig.NotFound");
        var message = body.GetProperty("Message").GetString()!;
        Assert.Contains("No recording config exists for example.com/liveApp", message, StringComparison.Ordinal);
        Assert.Contains("include OssBucket", message, StringComparison.Ordinal);
        Assert.Contains("OssObjectPrefix", message, StringComparison.Ordinal);
        Assert.Equal("SVC-NF", body.GetProperty("RequestId").GetString());
        Assert.Single(app.Alibaba.Requests);
    }

    [Fact]
    public async Task Put_NoConfigAndAddRulesBroken_BadRequestWithoutSendingAdd()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.BadRequest, "InvalidConfig.NotFound")));
        const string bucketOnly = """{"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"live-bucket","RecordFormat":[{"Format":"flv"}]}""";

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, bucketOnly);

        AssertError(response, body, HttpStatusCode.BadRequest, "MissingOssObjectPrefix");
        Assert.StartsWith("No recording config exists for example.com/liveApp yet; creating one needs more: AddLiveAppRecordConfig was not sent", body.GetProperty("Message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["UpdateLiveAppRecordConfig"], app.Alibaba.Requests.Select(ActionOf).ToArray());
    }

    [Fact]
    public async Task Put_RetriedAddAnswersAlreadyExists_VerifiedWithDescribe()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.BadRequest, "InvalidConfig.NotFound")));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable")));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.BadRequest, "ConfigAlreadyExists")));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(Ok(Describe("live-bucket"))));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, CreateBody);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Outcomes.CreatedByEarlierAttempt, body.GetProperty("Outcome").GetString());
        Assert.Equal("AddLiveAppRecordConfig", body.GetProperty("Action").GetString());
        Assert.Equal("DESCRIBE-1", body.GetProperty("RequestId").GetString());
        Assert.Equal(
            ["UpdateLiveAppRecordConfig", "AddLiveAppRecordConfig", "AddLiveAppRecordConfig", "DescribeLiveRecordConfig"],
            app.Alibaba.Requests.Select(ActionOf).ToArray());
        var describe = app.Alibaba.Requests[3];
        Assert.Equal("liveApp", describe.QueryValue("AppName"));
        Assert.Null(describe.QueryValue("StreamName"));
    }

    [Fact]
    public async Task Put_RetriedAddAlreadyExistsWithAnotherBucket_ConfigAlreadyExists()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.BadRequest, "InvalidConfig.NotFound")));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.InternalServerError, "InternalError")));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.BadRequest, "ConfigAlreadyExists", "SVC-EXISTS")));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(Ok(Describe("someone-elses-bucket"))));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, CreateBody);

        AssertError(response, body, HttpStatusCode.BadRequest, "ConfigAlreadyExists");
        Assert.Contains("someone-elses-bucket", body.GetProperty("Message").GetString(), StringComparison.Ordinal);
        Assert.Equal("SVC-EXISTS", body.GetProperty("RequestId").GetString());
    }

    [Fact]
    public async Task Put_FirstAddAttemptAlreadyExists_ServiceErrorAsAnswered()
    {
        // Created by someone else between our Update and Add: not ours, so not verified, and not a success.
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.BadRequest, "InvalidConfig.NotFound")));
        app.Alibaba.Enqueue((_, _) => Task.FromResult(ServiceError(HttpStatusCode.BadRequest, "ConfigAlreadyExists")));

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path, CreateBody);

        AssertError(response, body, HttpStatusCode.BadRequest, "ConfigAlreadyExists");
        Assert.Equal(2, app.Alibaba.Requests.Count);
    }

    [Fact]
    public async Task Put_StreamNameInTheBody_StreamLevelConfig()
    {
        await using var app = await StartAsync();
        app.Alibaba.Enqueue((_, _) => Task.FromResult(Ok("""{"RequestId":"UPDATE-1"}""")));

        var (response, _) = await app.SendAsync(HttpMethod.Put, Path, """{"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","StreamName":"stream1","RecordFormat":[{"Format":"flv"}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("stream1", Assert.Single(app.Alibaba.Requests).QueryValue("StreamName"));
        Assert.Contains(app.Logs.All, l => l.EventId.Id == 5001 && l.AllText.Contains("example.com/liveApp/stream1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_DryRunWithBucket_UpdateAndTheAddFallbackNothingSent()
    {
        await using var app = await StartAsync();

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path + "?dryRun=true", CreateBody);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("DryRun").GetBoolean());
        Assert.Equal("UpdateLiveAppRecordConfig", body.GetProperty("Action").GetString());
        Assert.Equal("liveApp", body.GetProperty("Parameters").GetProperty("AppName").GetString());
        Assert.False(body.GetProperty("Parameters").TryGetProperty("OssBucket", out _));
        var fallback = body.GetProperty("Fallback");
        Assert.Equal("AddLiveAppRecordConfig", fallback.GetProperty("Action").GetString());
        Assert.Equal("live-bucket", fallback.GetProperty("Parameters").GetProperty("OssBucket").GetString());
        Assert.Equal(0, fallback.GetProperty("Errors").GetArrayLength());
        Assert.Empty(app.Alibaba.Requests);
    }

    [Fact]
    public async Task Put_DryRunFallbackWouldBreakRules_ListedNothingSent()
    {
        await using var app = await StartAsync();

        var (response, body) = await app.SendAsync(HttpMethod.Put, Path + "?dryRun=true", """{"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"live-bucket","RecordFormat":[{"Format":"flv"}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single(body.GetProperty("Fallback").GetProperty("Errors").EnumerateArray());
        Assert.Equal("MissingOssObjectPrefix", error.GetProperty("Code").GetString());
        Assert.Equal("RecordFormat.1.OssObjectPrefix", error.GetProperty("Parameter").GetString());
        Assert.Empty(app.Alibaba.Requests);
    }

    [Fact]
    public async Task Put_DryRunWithBrokenRule_SameBadRequestAsTheRealCall()
    {
        await using var app = await StartAsync();
        const string broken = """{"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","RecordFormat":[{"Format":"m3u8","SliceDuration":40}]}""";

        var (dryResponse, dryBody) = await app.SendAsync(HttpMethod.Put, Path + "?dryRun=true", broken);
        var (realResponse, realBody) = await app.SendAsync(HttpMethod.Put, Path, broken);

        AssertError(dryResponse, dryBody, HttpStatusCode.BadRequest, "InvalidSliceDuration.Malformed");
        AssertError(realResponse, realBody, HttpStatusCode.BadRequest, "InvalidSliceDuration.Malformed");
        Assert.Equal(realBody.GetProperty("Message").GetString(), dryBody.GetProperty("Message").GetString());
        Assert.Empty(app.Alibaba.Requests);
    }
}
