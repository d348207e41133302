using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.OpenApi.Signing;
using LiveFunctions.Core.Tests.OpenApi.Support;

namespace LiveFunctions.Core.Tests.OpenApi;

/// <summary>What the client puts on the wire: method, URI, query string, headers, for both signatures.</summary>
public sealed class AlibabaClientWireTests
{
    private static KeyValuePair<string, string> P(string name, string value) => new(name, value);

    private static TestRequest SampleRequest() =>
        new("a b*~", ["x", "中"], new JsonObject { ["Key"] = "v:1", ["N"] = 2 });

    [Fact]
    public async Task SendAsync_V3_SendsExactQueryStringAndHeaders()
    {
        var harness = ClientHarness.Create();
        harness.EnqueueOk();

        var response = await harness.SendAsync(SampleRequest());

        Assert.Equal("REQ-OK", response.RequestId);
        var sent = Assert.Single(harness.Stub.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://live.aliyuncs.com/", sent.RequestUri.GetLeftPart(UriPartial.Path));
        Assert.Equal("Name=a%20b%2A~&Settings=%7B%22Key%22%3A%22v%3A1%22%2C%22N%22%3A2%7D&Tags.1=x&Tags.2=%E4%B8%AD", sent.Query);
        Assert.Equal(string.Empty, sent.Body);
        Assert.Equal(
            ["accept", "authorization", "host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"],
            sent.Headers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("application/json", sent.Header("accept"));
        Assert.Equal("live.aliyuncs.com", sent.Header("host"));
        Assert.Equal("DescribeTestThing", sent.Header("x-acs-action"));
        Assert.Equal("2016-11-01", sent.Header("x-acs-version"));
        Assert.Equal("2024-05-01T08:00:00Z", sent.Header("x-acs-date"));
        Assert.Equal("nonce-1", sent.Header("x-acs-signature-nonce"));
        Assert.Equal(AcsSignatureV3.EmptyPayloadHash, sent.Header("x-acs-content-sha256"));

        var canonical = AcsSignatureV3.CanonicalRequest(
            "POST", "/",
            [P("Name", "a b*~"), P("Tags.1", "x"), P("Tags.2", "中"), P("Settings", """{"Key":"v:1","N":2}""")],
            [
                P("host", "live.aliyuncs.com"), P("x-acs-action", "DescribeTestThing"), P("x-acs-version", "2016-11-01"),
                P("x-acs-date", "2024-05-01T08:00:00Z"), P("x-acs-signature-nonce", "nonce-1"), P("x-acs-content-sha256", AcsSignatureV3.EmptyPayloadHash),
            ],
            AcsSignatureV3.EmptyPayloadHash);
        var expected = AcsSignatureV3.Authorization("testid", canonical.SignedHeaders, AcsSignatureV3.Signature(AcsSignatureV3.StringToSign(canonical.Text), "testsecret"));
        Assert.Equal(expected, sent.Header("Authorization"));
    }

    [Fact]
    public async Task SendAsync_V1_SendsCommonParametersAndSignatureInTheQuery()
    {
        var harness = ClientHarness.Create(o => o.SignatureVersion = AlibabaSignatureVersion.V1);
        harness.EnqueueOk();

        await harness.SendAsync(SampleRequest());

        var sent = Assert.Single(harness.Stub.Requests);
        var unsigned = new[]
        {
            P("AccessKeyId", "testid"), P("Action", "DescribeTestThing"), P("Format", "JSON"), P("Name", "a b*~"),
            P("Settings", """{"Key":"v:1","N":2}"""), P("SignatureMethod", "HMAC-SHA1"), P("SignatureNonce", "nonce-1"),
            P("SignatureVersion", "1.0"), P("Tags.1", "x"), P("Tags.2", "中"), P("Timestamp", "2024-05-01T08:00:00Z"),
            P("Version", "2016-11-01"),
        };
        var signature = RpcSignatureV1.Signature(RpcSignatureV1.StringToSign("POST", unsigned), "testsecret");
        Assert.Equal(PercentEncoding.CanonicalQuery([.. unsigned, P("Signature", signature)]), sent.Query);
        Assert.Equal(["accept", "host"], sent.Headers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("live.aliyuncs.com", sent.Header("host"));
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(string.Empty, sent.Body);
    }

    [Fact]
    public async Task SendAsync_VectorV3C_SendsTheSelfComputedAuthorization()
    {
        var harness = ClientHarness.Create(
            o => (o.AccessKeyId, o.AccessKeySecret) = ("YourAccessKeyId", "YourAccessKeySecret"),
            start: new DateTimeOffset(2023, 10, 26, 10, 22, 32, TimeSpan.Zero),
            nonce: _ => "3156853299f313e23d1673dc12e1703d");
        harness.EnqueueOk();

        await harness.Client.SendAsync(new RawOperation(AlibabaProduct.Ice, "UpdateLiveTranscodeJob"),
        [
            P("JobId", "20b48fb04483915d4f2cd8ac"), P("Name", "mytest3"),
            P("StreamInput", """{"InputUrl":"rtmp://mydomain/app/stream1","Type":"rtmp"}"""),
            P("TimedConfig", """{"EndTime":"2022-08-05T06:08:31Z","StartTime":"2022-06-19T02:16:41Z"}"""),
            P("TranscodeOutput", """{"DomainName":"mydomain","Type":"LiveCenter"}"""),
        ]);

        var sent = Assert.Single(harness.Stub.Requests);
        Assert.Equal("https://ice.cn-shanghai.aliyuncs.com/", sent.RequestUri.GetLeftPart(UriPartial.Path));
        Assert.Equal("ice.cn-shanghai.aliyuncs.com", sent.Header("host"));
        Assert.Equal("2020-11-09", sent.Header("x-acs-version"));
        Assert.Equal(
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=655cd8027805f740a5be3f84826029207fb255044b19f4d06389b1405f0bcdf5",
            sent.Header("Authorization"));
        Assert.Equal(
            "JobId=20b48fb04483915d4f2cd8ac&Name=mytest3&StreamInput=%7B%22InputUrl%22%3A%22rtmp%3A%2F%2Fmydomain%2Fapp%2Fstream1%22%2C%22Type%22%3A%22rtmp%22%7D&TimedConfig=%7B%22EndTime%22%3A%222022-08-05T06%3A08%3A31Z%22%2C%22StartTime%22%3A%222022-06-19T02%3A16%3A41Z%22%7D&TranscodeOutput=%7B%22DomainName%22%3A%22mydomain%22%2C%22Type%22%3A%22LiveCenter%22%7D",
            sent.Query);
    }

    [Fact]
    public async Task SendAsync_VectorV1D_SendsTheSelfComputedSignature()
    {
        var harness = ClientHarness.Create(
            o => o.SignatureVersion = AlibabaSignatureVersion.V1,
            start: new DateTimeOffset(2016, 2, 23, 12, 46, 24, TimeSpan.Zero),
            nonce: _ => "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
        harness.EnqueueOk();

        await harness.Client.SendAsync(new RawOperation(AlibabaProduct.Live, "UpdateLiveAppRecordConfig"),
        [
            P("DomainName", "example.com"), P("AppName", "liveApp"), P("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"),
            P("RecordFormat.1.Format", "m3u8"), P("RecordFormat.1.CycleDuration", "3600"), P("RecordFormat.1.SliceDuration", "30"),
            P("TranscodeTemplates.1", "sd"),
        ]);

        var sent = Assert.Single(harness.Stub.Requests);
        Assert.Equal("aGMgRmT+MM7zLjf1hKIUS+BPahg=", sent.QueryValue("Signature"));
        Assert.Contains("&Signature=aGMgRmT%2BMM7zLjf1hKIUS%2BBPahg%3D&", sent.Query, StringComparison.Ordinal);
        Assert.Equal("2016-02-23T12:46:24Z", sent.QueryValue("Timestamp"));
        Assert.Equal("JSON", sent.QueryValue("Format"));
    }

    [Fact]
    public async Task SendAsync_V3WithSecurityToken_SendsAndSignsTheToken()
    {
        var harness = ClientHarness.Create(o => o.SecurityToken = "CAIS+sts/token==");
        harness.EnqueueOk();

        await harness.SendAsync();

        var sent = Assert.Single(harness.Stub.Requests);
        Assert.Equal("CAIS+sts/token==", sent.Header("x-acs-security-token"));
        Assert.Equal("testid", sent.Header("x-acs-accesskey-id"));
        Assert.Contains("x-acs-security-token", sent.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal(SignatureCheck.ExpectedV3Authorization(sent, "testid", "testsecret"), sent.Header("Authorization"));
    }

    [Fact]
    public async Task SendAsync_V1WithSecurityToken_SendsAndSignsTheToken()
    {
        var harness = ClientHarness.Create(o => (o.SignatureVersion, o.SecurityToken) = (AlibabaSignatureVersion.V1, "CAIS+sts/token=="));
        harness.EnqueueOk();

        await harness.SendAsync();

        var sent = Assert.Single(harness.Stub.Requests);
        Assert.Equal("CAIS+sts/token==", sent.QueryValue("SecurityToken"));
        Assert.Equal(SignatureCheck.ExpectedV1Signature(sent, "testsecret"), sent.QueryValue("Signature"));
        Assert.Null(sent.Header("x-acs-security-token"));
    }

    [Fact]
    public async Task SendAsync_EndpointWithPort_SignsAndSendsHostWithPort()
    {
        var harness = ClientHarness.Create(o => o.LiveEndpoint = "http://127.0.0.1:7081");
        harness.EnqueueOk();

        await harness.SendAsync();

        var sent = Assert.Single(harness.Stub.Requests);
        Assert.Equal("http://127.0.0.1:7081/", sent.RequestUri.GetLeftPart(UriPartial.Path));
        Assert.Equal("127.0.0.1:7081", sent.Header("host"));
        Assert.Equal(SignatureCheck.ExpectedV3Authorization(sent, "testid", "testsecret"), sent.Header("Authorization"));
    }

    [Fact]
    public async Task SendAsync_BareHostEndpoint_UsesHttps()
    {
        var harness = ClientHarness.Create(o => o.IceEndpoint = "ice.cn-beijing.aliyuncs.com");
        harness.EnqueueOk();

        await harness.Client.SendAsync(new TestOperation(AlibabaProduct.Ice, "GetThing"), new TestRequest("x"));

        var sent = Assert.Single(harness.Stub.Requests);
        Assert.Equal("https://ice.cn-beijing.aliyuncs.com/", sent.RequestUri.GetLeftPart(UriPartial.Path));
        Assert.Equal("2020-11-09", sent.Header("x-acs-version"));
    }

    [Fact]
    public async Task SendAsync_EveryAttempt_CarriesTheCallInfoInRequestOptions()
    {
        var harness = ClientHarness.Create(o => o.AccessKeyId = "LTAI-account-1");
        harness.EnqueueError(System.Net.HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        harness.EnqueueOk();

        await harness.Client.SendAsync(new TestOperation(AlibabaProduct.Ice, "UpdateThing"), new TestRequest("x"));

        Assert.Equal(2, harness.Stub.Requests.Count);
        Assert.All(harness.Stub.Requests, r =>
            Assert.Equal(new OpenApiCallInfo("LTAI-account-1", AlibabaProduct.Ice, "UpdateThing"), r.Options[OpenApiCallInfo.OptionsKey.Key]));
    }

    [Fact]
    public async Task SendAsync_SuccessBody_IsHandedToTheOperationAsJson()
    {
        var harness = ClientHarness.Create();
        harness.Stub.Enqueue(System.Net.HttpStatusCode.OK, """{"RequestId":"R-9","Nested":{"List":[1,2]}}""");

        var body = await harness.Client.SendAsync(new RawOperation(AlibabaProduct.Live, "DescribeX"), []);

        Assert.Equal("R-9", body.GetProperty("RequestId").GetString());
        Assert.Equal(2, body.GetProperty("Nested").GetProperty("List").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, body.ValueKind);
    }
}
