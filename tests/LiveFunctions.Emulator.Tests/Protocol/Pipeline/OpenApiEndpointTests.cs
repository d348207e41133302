using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Protocol.Pipeline;

/// <summary>The RPC endpoint: the probe answer, methods, answer formats.</summary>
public sealed class OpenApiEndpointTests : EmulatorTest
{
    [Fact]
    public async Task Get_RootWithoutParameters_AnswersFriendly200()
    {
        using var response = await Emulator.Http.GetAsync("/");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("LiveFunctions emulator", (string?)body["Service"], StringComparison.Ordinal);
        Assert.Contains("2016-11-01/UpdateLiveAppRecordConfig", body["Actions"]!.AsArray().Select(a => (string?)a));
    }

    [Fact]
    public async Task Get_RootWithParametersButNoAction_MissingAction()
    {
        using var response = await Emulator.Http.GetAsync("/?Version=2016-11-01&Format=JSON");
        var answer = await ApiAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("MissingAction", answer.Code);
    }

    [Fact]
    public async Task Put_Root_UnsupportedHttpMethod()
    {
        using var response = await Emulator.Http.PutAsync("/?Action=DescribeLiveRecordConfig", new StringContent(""));
        var answer = await ApiAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("UnsupportedHTTPMethod", answer.Code);
    }

    [Fact]
    public async Task CallV1_FormatLeftOut_AnswersXmlAsDocumentedDefault()
    {
        using var response = await SendV1WithFormatAsync(null);
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DescribeLiveSnapshotConfigResponse", root.Name.LocalName);
    }

    [Fact]
    public async Task CallV1_FormatXmlRefused_AnswersXmlErrorDocument()
    {
        using var response = await Client.SendV1Async("DescribeLiveSnapshotConfig", Params(("DomainName", "example.com")), new CallOptions { Format = "XML", SigningSecret = "wrong" });
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error", root.Name.LocalName);
        Assert.Equal("SignatureDoesNotMatch", root.Element("Code")!.Value);
        Assert.NotEmpty(root.Element("RequestId")!.Value);
    }

    [Fact]
    public async Task CallV1_FormatXml_AnswersXmlWithListsAsRepeatedElements()
    {
        await Client.CallAsync("AddLiveAppSnapshotConfig", Params(
            ("DomainName", "example.com"), ("AppName", "app"), ("TimeInterval", "5"),
            ("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"), ("OssBucket", "bucket"), ("OverwriteOssObject", "{AppName}/{StreamName}.jpg")));

        using var response = await SendV1WithFormatAsync("XML");
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("DescribeLiveSnapshotConfigResponse", root.Name.LocalName);
        var item = root.Element("LiveStreamSnapshotConfigList")!.Elements("LiveStreamSnapshotConfig").Single();
        Assert.Equal("app", item.Element("AppName")!.Value);
        Assert.Equal("5", item.Element("TimeInterval")!.Value);
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallV1_FormatNeitherJsonNorXml_InvalidParameterFormat()
    {
        using var response = await SendV1WithFormatAsync("YAML");
        var answer = await ApiAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("InvalidParameter.Format", answer.Code);
    }

    [Fact]
    public async Task CallV1_FormatLowerCaseJson_AnswersJson()
    {
        using var response = await SendV1WithFormatAsync("json");
        var answer = await ApiAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_HandlerAnswer_IsRequestIdThenTheActionsFields()
    {
        var answer = await Client.CallAsync("DescribeLiveRecordConfig", Params(("DomainName", "example.com")));

        Assert.Equal("RequestId", answer.Body.First().Key);
        Assert.Equal(["RequestId", "PageNum", "PageSize", "Order", "TotalNum", "TotalPage", "LiveAppRecordList"], answer.Body.Select(p => p.Key));
    }

    private Task<HttpResponseMessage> SendV1WithFormatAsync(string? format) =>
        Client.SendV1Async("DescribeLiveSnapshotConfig", Params(("DomainName", "example.com")), new CallOptions { Format = format });
}
