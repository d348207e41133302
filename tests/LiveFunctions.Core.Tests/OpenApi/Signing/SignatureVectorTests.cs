using LiveFunctions.Core.OpenApi.Signing;

namespace LiveFunctions.Core.Tests.OpenApi.Signing;

/// <summary>The published vectors of spec/alibaba-openapi.md §1.5 and §2.5, reproduced byte for byte.</summary>
public sealed class SignatureVectorTests
{
    private static KeyValuePair<string, string> P(string name, string value) => new(name, value);

    private static List<KeyValuePair<string, string>> DescribeRegions(string timestampName) =>
    [
        P("AccessKeyId", "testid"), P("Action", "DescribeRegions"), P("Format", "XML"),
        P("SignatureMethod", "HMAC-SHA1"), P("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
        P("SignatureVersion", "1.0"), P(timestampName, "2016-02-23T12:46:24Z"), P("Version", "2014-05-26"),
    ];

    [Fact]
    public void V1A_DescribeRegions_ReproducesPublishedStringToSignAndSignature()
    {
        var stringToSign = RpcSignatureV1.StringToSign("GET", DescribeRegions("Timestamp"));

        Assert.Equal(
            "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
            stringToSign);
        Assert.Equal("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", RpcSignatureV1.Signature(stringToSign, "testsecret"));
    }

    [Fact]
    public void V1A_CanonicalizedQueryString_MatchesPublished()
    {
        Assert.Equal(
            "AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26",
            PercentEncoding.CanonicalQuery(DescribeRegions("Timestamp")));
    }

    [Fact]
    public void V1B_TimeStampSpelling_ReproducesPublishedSignature()
    {
        var stringToSign = RpcSignatureV1.StringToSign("GET", DescribeRegions("TimeStamp"));

        Assert.EndsWith("%26SignatureVersion%3D1.0%26TimeStamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26", stringToSign, StringComparison.Ordinal);
        Assert.Equal("CT9X0VtwR86fNWSnsc6v8YGOjuE=", RpcSignatureV1.Signature(stringToSign, "testsecret"));
    }

    [Fact]
    public void V1C_SdkUnitTest_ReproducesPublishedSignature()
    {
        var stringToSign = RpcSignatureV1.StringToSign("GET", [P("query", "test"), P("body", "test")]);

        Assert.Equal("GET&%2F&body%3Dtest%26query%3Dtest", stringToSign);
        Assert.Equal("XlUyV4sXjOuX5FnjUz9IF9tm5rU=", RpcSignatureV1.Signature(stringToSign, "secret"));
    }

    [Fact]
    public void V1_SignatureParameter_IsLeftOutOfTheStringToSign()
    {
        var parameters = DescribeRegions("Timestamp");
        parameters.Add(P("Signature", "anything"));

        Assert.Equal(RpcSignatureV1.StringToSign("GET", DescribeRegions("Timestamp")), RpcSignatureV1.StringToSign("GET", parameters));
    }

    [Fact]
    public void V3A_RunInstances_ReproducesPublishedAuthorization()
    {
        var headers = new[]
        {
            P("host", "ecs.cn-shanghai.aliyuncs.com"), P("x-acs-action", "RunInstances"), P("x-acs-version", "2014-05-26"),
            P("x-acs-date", "2023-10-26T10:22:32Z"), P("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
            P("x-acs-content-sha256", AcsSignatureV3.EmptyPayloadHash),
        };
        var query = new[] { P("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"), P("RegionId", "cn-shanghai") };

        var canonical = AcsSignatureV3.CanonicalRequest("POST", "/", query, headers, AcsSignatureV3.EmptyPayloadHash);
        var stringToSign = AcsSignatureV3.StringToSign(canonical.Text);
        var signature = AcsSignatureV3.Signature(stringToSign, "YourAccessKeySecret");

        Assert.Equal("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259", stringToSign);
        Assert.Equal(
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
            AcsSignatureV3.Authorization("YourAccessKeyId", canonical.SignedHeaders, signature));
    }

    [Fact]
    public void V3B_SdkUnitTest_MergesDuplicateHeadersAndKeepsEmptyQueryValues()
    {
        var canonical = AcsSignatureV3.CanonicalRequest(
            "GET", "/", [P("test", "ok"), P("empty", "")], [P("x-acs-test", "http"), P("x-acs-TEST", "https")],
            "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23");
        var signature = AcsSignatureV3.Signature(AcsSignatureV3.StringToSign(canonical.Text), "secret");

        Assert.Contains("\nempty=&test=ok\n", canonical.Text, StringComparison.Ordinal);
        Assert.Contains("\nx-acs-test:http, https\n", canonical.Text, StringComparison.Ordinal);
        Assert.Equal(
            "ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,Signature=be2046c5e1d69e715fec81597bb8f72330a7eab002d5cacd434dec1cb9be74ab",
            AcsSignatureV3.Authorization("acesskey", canonical.SignedHeaders, signature));
    }

    [Fact]
    public void V3C_UpdateLiveTranscodeJob_ReproducesSelfComputedSignature()
    {
        var headers = new[]
        {
            P("host", "ice.cn-shanghai.aliyuncs.com"), P("x-acs-action", "UpdateLiveTranscodeJob"), P("x-acs-version", "2020-11-09"),
            P("x-acs-date", "2023-10-26T10:22:32Z"), P("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
            P("x-acs-content-sha256", AcsSignatureV3.EmptyPayloadHash),
        };
        var query = new[]
        {
            P("JobId", "20b48fb04483915d4f2cd8ac"), P("Name", "mytest3"),
            P("StreamInput", """{"InputUrl":"rtmp://mydomain/app/stream1","Type":"rtmp"}"""),
            P("TimedConfig", """{"EndTime":"2022-08-05T06:08:31Z","StartTime":"2022-06-19T02:16:41Z"}"""),
            P("TranscodeOutput", """{"DomainName":"mydomain","Type":"LiveCenter"}"""),
        };

        var canonical = AcsSignatureV3.CanonicalRequest("POST", "/", query, headers, AcsSignatureV3.EmptyPayloadHash);

        Assert.Equal("ACS3-HMAC-SHA256\n32346c4f48a7e2c505e525a9c010888cb92b10709eba0244e440d6f972f57a6e", AcsSignatureV3.StringToSign(canonical.Text));
        Assert.Equal("655cd8027805f740a5be3f84826029207fb255044b19f4d06389b1405f0bcdf5", AcsSignatureV3.Signature(AcsSignatureV3.StringToSign(canonical.Text), "YourAccessKeySecret"));
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("*", "%2A")]
    [InlineData("~", "~")]
    [InlineData("+", "%2B")]
    [InlineData("\"", "%22")]
    [InlineData(":", "%3A")]
    [InlineData("/", "%2F")]
    [InlineData("中", "%E4%B8%AD")]
    [InlineData("record/{AppName}/{StreamName}/{Sequence}", "record%2F%7BAppName%7D%2F%7BStreamName%7D%2F%7BSequence%7D")]
    public void PercentEncode_SpotChecks_MatchTheSpec(string value, string expected)
    {
        Assert.Equal(expected, PercentEncoding.Encode(value));
    }

    [Fact]
    public void V1D_UpdateLiveAppRecordConfig_ReproducesSelfComputedSignature()
    {
        var parameters = new[]
        {
            P("AccessKeyId", "testid"), P("Action", "UpdateLiveAppRecordConfig"), P("AppName", "liveApp"), P("DomainName", "example.com"),
            P("Format", "JSON"), P("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"), P("RecordFormat.1.CycleDuration", "3600"),
            P("RecordFormat.1.Format", "m3u8"), P("RecordFormat.1.SliceDuration", "30"), P("SignatureMethod", "HMAC-SHA1"),
            P("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"), P("SignatureVersion", "1.0"),
            P("Timestamp", "2016-02-23T12:46:24Z"), P("TranscodeTemplates.1", "sd"), P("Version", "2016-11-01"),
        };

        Assert.Equal("aGMgRmT+MM7zLjf1hKIUS+BPahg=", RpcSignatureV1.Signature(RpcSignatureV1.StringToSign("POST", parameters), "testsecret"));
    }
}
