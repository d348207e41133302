using System.Text;
using LiveFunctions.App.Functions.Http;
using LiveFunctions.Core.Operations.AddLiveAppRecordConfig;
using LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;
using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;

namespace LiveFunctions.App.Tests.Functions.Http;

public sealed class JsonBodyReaderTests
{
    private static readonly RouteValue[] Route = [new("DomainName", "example.com"), new("AppName", "liveApp")];

    private static (T? Body, InputError? Error) Parse<T>(string json, RouteValue[]? route = null)
        where T : class =>
        JsonBodyReader.Parse<T>(Encoding.UTF8.GetBytes(json), route ?? Route);

    [Fact]
    public void Parse_DocumentNamesAndNestedLists_ReadsEveryField()
    {
        var (body, error) = Parse<AddLiveAppRecordConfigRequest>("""
            {"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"live-bucket","DelayTime":180,
             "RecordFormat":[{"Format":"m3u8","CycleDuration":3600,"SliceDuration":30,"OssObjectPrefix":"a/{EscapedStartTime}_{EscapedEndTime}"}],
             "TranscodeTemplates":["sd","hd"]}
            """);

        Assert.Null(error);
        Assert.Equal("live-bucket", body!.OssBucket);
        Assert.Equal(180, body.DelayTime);
        Assert.Equal(3600, body.RecordFormat![0].CycleDuration);
        Assert.Equal(["sd", "hd"], body.TranscodeTemplates);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n")]
    public void Parse_EmptyBody_ReadsAsEmptyObject(string json)
    {
        var (body, error) = Parse<AddLiveAppRecordConfigRequest>(json);

        Assert.Null(error);
        Assert.Null(body!.OssEndpoint);
    }

    [Fact]
    public void Parse_ByteOrderMark_IsSkipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"OssBucket":"b1"}""")];

        var (body, error) = JsonBodyReader.Parse<AddLiveAppRecordConfigRequest>(bytes, Route);

        Assert.Null(error);
        Assert.Equal("b1", body!.OssBucket);
    }

    [Theory]
    [InlineData("{\"OssBucket\":", "not valid JSON")]
    [InlineData("{'OssBucket':'b'}", "not valid JSON")]
    [InlineData("{\"OssBucket\":\"b\",}", "not valid JSON")]
    [InlineData("[{\"OssBucket\":\"b\"}]", "must be a JSON object, not an array")]
    [InlineData("\"text\"", "must be a JSON object, not a string")]
    [InlineData("{\"OssBucket\":\"a\",\"OssBucket\":\"b\"}", "OssBucket appears more than once")]
    public void Parse_MalformedJson_MalformedJsonNamingTheProblem(string json, string expected)
    {
        var (body, error) = Parse<AddLiveAppRecordConfigRequest>(json);

        Assert.Null(body);
        Assert.Equal(400, error!.StatusCode);
        Assert.Equal(HttpFunctionCodes.MalformedJson, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"DelayTime\":\"180\"}", "DelayTime must be a whole number, not a string")]
    [InlineData("{\"DelayTime\":1.5}", "DelayTime must be a whole number")]
    [InlineData("{\"DelayTime\":3000000000}", "DelayTime must be a whole number")]
    [InlineData("{\"OssBucket\":42}", "OssBucket must be a string, not the number 42")]
    [InlineData("{\"RecordFormat\":{\"Format\":\"m3u8\"}}", "RecordFormat must be an array, not an object")]
    [InlineData("{\"RecordFormat\":[\"m3u8\"]}", "RecordFormat[0] must be an object, not a string")]
    [InlineData("{\"RecordFormat\":[{\"Format\":\"flv\"},{\"CycleDuration\":true}]}", "RecordFormat[1].CycleDuration must be a whole number, not a boolean")]
    [InlineData("{\"TranscodeTemplates\":[\"sd\",7]}", "TranscodeTemplates[1] must be a string")]
    [InlineData("{\"RecordFormat\":[null]}", "RecordFormat[0] is null")]
    public void Parse_WrongJsonType_InvalidTypeNamingThePath(string json, string expected)
    {
        var (_, error) = Parse<AddLiveAppRecordConfigRequest>(json);

        Assert.Equal(HttpFunctionCodes.InvalidType, error!.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BooleanParameter_AcceptsOnlyJsonBooleans()
    {
        var (ok, okError) = Parse<CreateLiveStreamRecordIndexFilesRequest>("""{"EndTimeIncluded":true}""");
        var (_, error) = Parse<CreateLiveStreamRecordIndexFilesRequest>("""{"EndTimeIncluded":"true"}""");

        Assert.Null(okError);
        Assert.True(ok!.EndTimeIncluded);
        Assert.Equal(HttpFunctionCodes.InvalidType, error!.Code);
        Assert.Contains("EndTimeIncluded must be true or false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NullMember_IsAbsent()
    {
        var (body, error) = Parse<AddLiveAppRecordConfigRequest>("""{"OssBucket":null,"RecordFormat":null}""");

        Assert.Null(error);
        Assert.Null(body!.OssBucket);
        Assert.Null(body.RecordFormat);
    }

    [Fact]
    public void Parse_PropertyInOtherCase_UnknownWithTheDocumentSpelling()
    {
        var (_, error) = Parse<AddLiveAppRecordConfigRequest>("""{"ossBucket":"b"}""");

        Assert.Equal(HttpFunctionCodes.UnknownParameter, error!.Code);
        Assert.StartsWith("ossBucket is not a parameter", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean OssBucket?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownNestedProperty_NamedByItsPath()
    {
        var (_, error) = Parse<UpdateLiveTranscodeJobRequest>("""{"StreamInput":{"InputUrl":"rtmp://d/a/s","Type":"rtmp","Codec":"h264"}}""", [new("JobId", "j1")]);

        Assert.Equal(HttpFunctionCodes.UnknownParameter, error!.Code);
        Assert.StartsWith("StreamInput.Codec is not a parameter", error.Message, StringComparison.Ordinal);
        Assert.Contains("Known properties here: InputUrl, Type.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PropertyOfAnotherOperation_Unknown()
    {
        // Only AddLiveAppRecordConfig has OssBucket; the index-file request has no TimeInterval.
        var (_, error) = Parse<CreateLiveStreamRecordIndexFilesRequest>("""{"TimeInterval":5}""");

        Assert.Equal(HttpFunctionCodes.UnknownParameter, error!.Code);
        Assert.StartsWith("TimeInterval is not a parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BodyRepeatsRouteValueDifferently_RouteConflictNamingIt()
    {
        var (_, error) = Parse<AddLiveAppRecordConfigRequest>("""{"DomainName":"example.com","AppName":"otherApp"}""");

        Assert.Equal(HttpFunctionCodes.RouteConflict, error!.Code);
        Assert.Contains("AppName 'otherApp' differs from the AppName 'liveApp' in the URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BodyRepeatsRouteValuesEqually_Accepted()
    {
        var (body, error) = Parse<AddLiveAppRecordConfigRequest>("""{"DomainName":"example.com","AppName":"liveApp"}""");

        Assert.Null(error);
        Assert.Equal("liveApp", body!.AppName);
    }

    [Fact]
    public void Parse_RouteValueInOtherCase_IsAConflict()
    {
        var (_, error) = Parse<AddLiveAppRecordConfigRequest>("""{"DomainName":"Example.com"}""");

        Assert.Equal(HttpFunctionCodes.RouteConflict, error!.Code);
    }

    [Fact]
    public async Task ReadAsync_BodyOverTheLimit_PayloadTooLarge()
    {
        var context = new DefaultHttpContext();
        var big = Encoding.UTF8.GetBytes("{\"OssBucket\":\"" + new string('a', JsonBodyReader.MaxBytes) + "\"}");
        context.Request.Body = new MemoryStream(big);

        var (body, error) = await JsonBodyReader.ReadAsync<AddLiveAppRecordConfigRequest>(context.Request, Route, CancellationToken.None);

        Assert.Null(body);
        Assert.Equal(413, error!.StatusCode);
        Assert.Equal(HttpFunctionCodes.PayloadTooLarge, error.Code);
    }

    [Fact]
    public async Task ReadAsync_DeclaredLengthOverTheLimit_RefusedWithoutReading()
    {
        var context = new DefaultHttpContext();
        context.Request.ContentLength = JsonBodyReader.MaxBytes + 1;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("{}"));

        var (_, error) = await JsonBodyReader.ReadAsync<AddLiveAppRecordConfigRequest>(context.Request, Route, CancellationToken.None);

        Assert.Equal(HttpFunctionCodes.PayloadTooLarge, error!.Code);
        Assert.Equal(0, context.Request.Body.Position);
    }

    [Fact]
    public async Task ReadAsync_BodyAtTheLimit_Read()
    {
        var json = "{\"OssBucket\":\"" + new string('a', JsonBodyReader.MaxBytes - 16) + "\"}";
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json.PadRight(JsonBodyReader.MaxBytes)));

        var (body, error) = await JsonBodyReader.ReadAsync<AddLiveAppRecordConfigRequest>(context.Request, Route, CancellationToken.None);

        Assert.Null(error);
        Assert.Equal(JsonBodyReader.MaxBytes - 16, body!.OssBucket!.Length);
    }
}
