using System.Net;
using LiveFunctions.EndToEnd.Tests.Support;
using static LiveFunctions.EndToEnd.Tests.Support.AppCalls;

namespace LiveFunctions.EndToEnd.Tests.Functions.Http;

/// <summary>Every kind of bad input, on every route, answers 400 with its code, and nothing reaches the emulator.</summary>
[Collection(PackCollection.Name)]
public sealed class BadInputEndToEndTests(PackFixture pack) : IAsyncLifetime
{
    private const string RecordConfig = "PUT /api/domains/example.com/apps/liveApp/record-config";
    private const string VodRecordConfig = "PUT /api/domains/example.com/apps/liveApp/vod-record-config";
    private const string SnapshotConfig = "PUT /api/domains/example.com/apps/liveApp/snapshot-config";
    private const string RecordIndexFiles = "POST /api/domains/example.com/apps/liveApp/streams/stream1/record-index-files";
    private const string TranscodeJob = "PATCH /api/transcode-jobs/20b48fb04483915d4f2cd8ac";

    public Task InitializeAsync() => pack.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string, string> Cases() => new()
    {
        // malformed JSON
        { RecordConfig, "{\"OssEndpoint\":", "MalformedJson" },
        { TranscodeJob, "[]", "MalformedJson" },
        { SnapshotConfig, "{\"TimeInterval\":5,\"TimeInterval\":6}", "MalformedJson" },

        // wrong JSON types, named by their path
        { RecordConfig, "{\"RecordFormat\":[{\"Format\":\"m3u8\",\"SliceDuration\":\"30\"}]}", "InvalidParameter.Type" },
        { RecordIndexFiles, "{\"EndTimeIncluded\":\"yes\"}", "InvalidParameter.Type" },
        { TranscodeJob, "{\"StreamInput\":\"rtmp://mydomain/app/stream1\"}", "InvalidParameter.Type" },

        // unknown properties (names are case-sensitive)
        { VodRecordConfig, "{\"vodTranscodeGroupId\":\"g\"}", "InvalidParameter.Unknown" },
        { SnapshotConfig, "{\"TimeInterval\":5,\"Interval\":5}", "InvalidParameter.Unknown" },

        // a route value repeated with another value
        { RecordConfig, "{\"DomainName\":\"other.example.com\"}", "InvalidParameter.RouteConflict" },
        { RecordIndexFiles, "{\"StreamName\":\"stream2\"}", "InvalidParameter.RouteConflict" },
        { TranscodeJob, "{\"JobId\":\"another\"}", "InvalidParameter.RouteConflict" },

        // document rules, with the documents' codes
        { RecordConfig, "{\"OssEndpoint\":\"oss-cn-shanghai.aliyuncs.com\",\"RecordFormat\":[{\"Format\":\"m3u8\",\"SliceDuration\":40}]}", "InvalidSliceDuration.Malformed" },
        { RecordConfig, "{\"OssEndpoint\":\"oss-cn-shanghai.aliyuncs.com\",\"TranscodeTemplates\":[\"raw\"],\"RecordFormat\":[{\"Format\":\"flv\"}]}", "InvalidTemplate.ForbidRaw" },
        { VodRecordConfig, "{\"VodTranscodeGroupId\":\"g\",\"CycleDuration\":100}", "InvalidCycleDuration.Malformed" },
        { SnapshotConfig, "{\"TimeInterval\":4}", "InvalidTimeInterval.Malformed" },
        { RecordIndexFiles, "{\"OssEndpoint\":\"oss-cn-shanghai.aliyuncs.com\",\"OssBucket\":\"live-bucket\",\"OssObject\":\"a.m3u8\"}", "MissingStartTime" },
        { TranscodeJob, "{\"StreamInput\":{\"InputUrl\":\"rtmp://mydomain/app/stream1\",\"Type\":\"hls\"}}", "InvalidType.Malformed" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Send_BadInput_BadRequestWithTheCodeAndNoCall(string route, string body, string code)
    {
        var (method, path) = Split(route);

        var (response, answer) = await pack.App.SendJsonAsync(method, path, body);

        AssertError(response, answer, HttpStatusCode.BadRequest, code);
        Assert.Empty(await pack.Emulator.RequestsAsync());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Send_BadInputDryRun_SameBadRequestAndNoCall(string route, string body, string code)
    {
        var (method, path) = Split(route);

        var (real, realAnswer) = await pack.App.SendJsonAsync(method, path, body);
        var (dry, dryAnswer) = await pack.App.SendJsonAsync(method, path + "?dryRun=true", body);

        AssertError(dry, dryAnswer, HttpStatusCode.BadRequest, code);
        Assert.Equal(real.StatusCode, dry.StatusCode);
        Assert.Equal(realAnswer.GetProperty("Message").GetString(), dryAnswer.GetProperty("Message").GetString());
        Assert.Empty(await pack.Emulator.RequestsAsync());
    }

    [Fact]
    public async Task Put_ValidDryRun_WhatWouldBeSentAndNoCall()
    {
        var (response, body) = await pack.App.SendJsonAsync(HttpMethod.Put, "/api/domains/example.com/apps/liveApp/snapshot-config?dryRun=true", """
            {"TimeInterval":10,"OssEndpoint":"oss-cn-shanghai.aliyuncs.com"}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("DryRun").GetBoolean());
        Assert.Equal("UpdateLiveAppSnapshotConfig", body.GetProperty("Action").GetString());
        var parameters = body.GetProperty("Parameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(new Dictionary<string, string?>
        {
            ["DomainName"] = "example.com",
            ["AppName"] = "liveApp",
            ["TimeInterval"] = "10",
            ["OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
        }, parameters);
        Assert.Empty(await pack.Emulator.RequestsAsync());
    }

    private static (HttpMethod Method, string Path) Split(string route)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        return (new HttpMethod(route[..space]), route[(space + 1)..]);
    }
}
