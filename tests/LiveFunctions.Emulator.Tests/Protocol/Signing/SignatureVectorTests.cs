using LiveFunctions.Emulator.Protocol.Signing;

namespace LiveFunctions.Emulator.Tests.Protocol.Signing;

/// <summary>The emulator's own signers reproduce the published vectors of spec §1.5 and §2.5.</summary>
public sealed class SignatureVectorTests
{
    private static Dictionary<string, string> V1Parameters(string timestampName) => new(StringComparer.Ordinal)
    {
        ["AccessKeyId"] = "testid",
        ["Action"] = "DescribeRegions",
        ["Format"] = "XML",
        ["SignatureMethod"] = "HMAC-SHA1",
        ["SignatureNonce"] = "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
        ["SignatureVersion"] = "1.0",
        [timestampName] = "2016-02-23T12:46:24Z",
        ["Version"] = "2014-05-26",
    };

    [Fact]
    public void RpcSignatureV1_VectorV1A_ReproducesStringToSignAndSignature()
    {
        var stringToSign = RpcSignatureV1.StringToSign("GET", V1Parameters("Timestamp"));

        Assert.Equal(
            "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
            stringToSign);
        Assert.Equal("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", RpcSignatureV1.Sign(stringToSign, "testsecret"));
    }

    [Fact]
    public void RpcSignatureV1_VectorV1BWithTimeStampSpelling_ReproducesOtherSignature()
    {
        var stringToSign = RpcSignatureV1.StringToSign("GET", V1Parameters("TimeStamp"));

        Assert.EndsWith("%26SignatureVersion%3D1.0%26TimeStamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26", stringToSign);
        Assert.Equal("CT9X0VtwR86fNWSnsc6v8YGOjuE=", RpcSignatureV1.Sign(stringToSign, "testsecret"));
    }

    [Fact]
    public void RpcSignatureV1_SignatureParameter_IsLeftOutOfStringToSign()
    {
        var parameters = V1Parameters("Timestamp");
        parameters["Signature"] = "anything";

        Assert.Equal("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", RpcSignatureV1.Sign(RpcSignatureV1.StringToSign("GET", parameters), "testsecret"));
    }

    [Fact]
    public void RpcSignatureV1_VectorV1D_LiveCallWithFlattenedLists()
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccessKeyId"] = "testid",
            ["Action"] = "UpdateLiveAppRecordConfig",
            ["AppName"] = "liveApp",
            ["DomainName"] = "example.com",
            ["Format"] = "JSON",
            ["OssEndpoint"] = "oss-cn-shanghai.aliyuncs.com",
            ["RecordFormat.1.CycleDuration"] = "3600",
            ["RecordFormat.1.Format"] = "m3u8",
            ["RecordFormat.1.SliceDuration"] = "30",
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
            ["SignatureVersion"] = "1.0",
            ["Timestamp"] = "2016-02-23T12:46:24Z",
            ["TranscodeTemplates.1"] = "sd",
            ["Version"] = "2016-11-01",
        };

        Assert.Equal("aGMgRmT+MM7zLjf1hKIUS+BPahg=", RpcSignatureV1.Sign(RpcSignatureV1.StringToSign("POST", parameters), "testsecret"));
    }

    [Fact]
    public void AcsSignatureV3_VectorV3A_ReproducesStringToSignAndSignature()
    {
        var emptyHash = AcsSignatureV3.HashPayload([]);
        var headers = new Dictionary<string, IReadOnlyList<string>>
        {
            ["host"] = ["ecs.cn-shanghai.aliyuncs.com"],
            ["x-acs-action"] = ["RunInstances"],
            ["x-acs-version"] = ["2014-05-26"],
            ["x-acs-date"] = ["2023-10-26T10:22:32Z"],
            ["x-acs-signature-nonce"] = ["3156853299f313e23d1673dc12e1703d"],
            ["x-acs-content-sha256"] = [emptyHash],
        };
        var query = new Dictionary<string, string>
        {
            ["RegionId"] = "cn-shanghai",
            ["ImageId"] = "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd",
        };

        var canonical = AcsSignatureV3.CanonicalRequest("POST", "/", query, headers, emptyHash);
        var stringToSign = AcsSignatureV3.StringToSign(canonical);

        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", emptyHash);
        Assert.Equal(
            "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
            + "host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n"
            + $"x-acs-content-sha256:{emptyHash}\nx-acs-date:2023-10-26T10:22:32Z\n"
            + "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\nx-acs-version:2014-05-26\n\n"
            + $"host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n{emptyHash}",
            canonical);
        Assert.Equal("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259", stringToSign);
        Assert.Equal("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0", AcsSignatureV3.Sign(stringToSign, "YourAccessKeySecret"));
    }

    [Fact]
    public void AcsSignatureV3_VectorV3BRepeatedHeaderAndEmptyValue_ReproducesSignature()
    {
        var headers = new Dictionary<string, IReadOnlyList<string>> { ["x-acs-test"] = ["https", "http"] };
        var query = new Dictionary<string, string> { ["test"] = "ok", ["empty"] = "" };

        var canonical = AcsSignatureV3.CanonicalRequest("GET", "/", query, headers, "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23");

        Assert.Contains("\nempty=&test=ok\nx-acs-test:http, https\n\nx-acs-test\n", canonical);
        Assert.Equal("be2046c5e1d69e715fec81597bb8f72330a7eab002d5cacd434dec1cb9be74ab", AcsSignatureV3.Sign(AcsSignatureV3.StringToSign(canonical), "secret"));
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("*", "%2A")]
    [InlineData("~", "~")]
    [InlineData("+", "%2B")]
    [InlineData("中", "%E4%B8%AD")]
    [InlineData("record/{AppName}/{StreamName}/{Sequence}", "record%2F%7BAppName%7D%2F%7BStreamName%7D%2F%7BSequence%7D")]
    public void PercentEncoding_Encode_FollowsRfc3986WithUpperCaseHex(string value, string expected) =>
        Assert.Equal(expected, PercentEncoding.Encode(value));
}
