using LiveFunctions.Core.OpenApi.Signing;
using LiveFunctions.Core.OpenApi.Wire;

namespace LiveFunctions.Core.Tests.OpenApi.Wire;

/// <summary>The pure "sign this call" layer, against the whole-request vectors V3-C and V1-D of the spec.</summary>
public sealed class OpenApiRequestSignerTests
{
    private static readonly DateTimeOffset V3Time = new(2023, 10, 26, 10, 22, 32, TimeSpan.Zero);
    private static readonly DateTimeOffset V1Time = new(2016, 2, 23, 12, 46, 24, TimeSpan.Zero);

    private static KeyValuePair<string, string> P(string name, string value) => new(name, value);

    private static OpenApiCall V3CCall() => new(
        "ice.cn-shanghai.aliyuncs.com",
        "UpdateLiveTranscodeJob",
        "2020-11-09",
        [
            P("JobId", "20b48fb04483915d4f2cd8ac"), P("Name", "mytest3"),
            P("StreamInput", """{"InputUrl":"rtmp://mydomain/app/stream1","Type":"rtmp"}"""),
            P("TimedConfig", """{"EndTime":"2022-08-05T06:08:31Z","StartTime":"2022-06-19T02:16:41Z"}"""),
            P("TranscodeOutput", """{"DomainName":"mydomain","Type":"LiveCenter"}"""),
        ]);

    private static OpenApiCall V1DCall() => new(
        "live.aliyuncs.com",
        "UpdateLiveAppRecordConfig",
        "2016-11-01",
        [
            P("DomainName", "example.com"), P("AppName", "liveApp"), P("OssEndpoint", "oss-cn-shanghai.aliyuncs.com"),
            P("RecordFormat.1.Format", "m3u8"), P("RecordFormat.1.CycleDuration", "3600"), P("RecordFormat.1.SliceDuration", "30"),
            P("TranscodeTemplates.1", "sd"),
        ]);

    private static string Header(SignedRequest signed, string name) => signed.Headers.Single(h => h.Key == name).Value;

    [Fact]
    public void SignV3_VectorV3C_GivesTheSelfComputedAuthorizationAndQuery()
    {
        var signed = OpenApiRequestSigner.SignV3(
            V3CCall(), new AlibabaCredentials("YourAccessKeyId", "YourAccessKeySecret", null), V3Time, "3156853299f313e23d1673dc12e1703d");

        Assert.Equal(
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=655cd8027805f740a5be3f84826029207fb255044b19f4d06389b1405f0bcdf5",
            Header(signed, "Authorization"));
        Assert.Equal(
            "JobId=20b48fb04483915d4f2cd8ac&Name=mytest3&StreamInput=%7B%22InputUrl%22%3A%22rtmp%3A%2F%2Fmydomain%2Fapp%2Fstream1%22%2C%22Type%22%3A%22rtmp%22%7D&TimedConfig=%7B%22EndTime%22%3A%222022-08-05T06%3A08%3A31Z%22%2C%22StartTime%22%3A%222022-06-19T02%3A16%3A41Z%22%7D&TranscodeOutput=%7B%22DomainName%22%3A%22mydomain%22%2C%22Type%22%3A%22LiveCenter%22%7D",
            signed.QueryString);
    }

    [Fact]
    public void SignV3_Headers_AreExactlyTheV3Set()
    {
        var signed = OpenApiRequestSigner.SignV3(V3CCall(), new AlibabaCredentials("id", "secret", null), V3Time, "n-1");

        Assert.Equal(
            ["host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256", "Authorization"],
            signed.Headers.Select(h => h.Key));
        Assert.Equal("ice.cn-shanghai.aliyuncs.com", Header(signed, "host"));
        Assert.Equal("UpdateLiveTranscodeJob", Header(signed, "x-acs-action"));
        Assert.Equal("2020-11-09", Header(signed, "x-acs-version"));
        Assert.Equal("2023-10-26T10:22:32Z", Header(signed, "x-acs-date"));
        Assert.Equal("n-1", Header(signed, "x-acs-signature-nonce"));
        Assert.Equal(AcsSignatureV3.EmptyPayloadHash, Header(signed, "x-acs-content-sha256"));
    }

    [Fact]
    public void SignV3_SecurityToken_SendsAndSignsTokenAndAccessKeyIdHeaders()
    {
        var signed = OpenApiRequestSigner.SignV3(V3CCall(), new AlibabaCredentials("STS.id", "secret", "token-123"), V3Time, "n-1");

        Assert.Equal("token-123", Header(signed, "x-acs-security-token"));
        Assert.Equal("STS.id", Header(signed, "x-acs-accesskey-id"));
        Assert.Contains(
            "SignedHeaders=host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,",
            Header(signed, "Authorization"), StringComparison.Ordinal);
        var withoutToken = OpenApiRequestSigner.SignV3(V3CCall(), new AlibabaCredentials("STS.id", "secret", null), V3Time, "n-1");
        Assert.NotEqual(Header(withoutToken, "Authorization"), Header(signed, "Authorization"));
    }

    [Fact]
    public void SignV1_VectorV1D_GivesTheSelfComputedSignature()
    {
        var signed = OpenApiRequestSigner.SignV1(
            V1DCall(), new AlibabaCredentials("testid", "testsecret", null), V1Time, "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");

        Assert.Equal(
            "AccessKeyId=testid&Action=UpdateLiveAppRecordConfig&AppName=liveApp&DomainName=example.com&Format=JSON&OssEndpoint=oss-cn-shanghai.aliyuncs.com&RecordFormat.1.CycleDuration=3600&RecordFormat.1.Format=m3u8&RecordFormat.1.SliceDuration=30&Signature=aGMgRmT%2BMM7zLjf1hKIUS%2BBPahg%3D&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&TranscodeTemplates.1=sd&Version=2016-11-01",
            signed.QueryString);
        Assert.Equal([P("host", "live.aliyuncs.com")], signed.Headers);
    }

    [Fact]
    public void SignV1_SecurityToken_IsInTheQueryAndSigned()
    {
        var call = V1DCall();
        var signed = OpenApiRequestSigner.SignV1(call, new AlibabaCredentials("testid", "testsecret", "tok/en+1"), V1Time, "n-1");

        Assert.Contains("&SecurityToken=tok%2Fen%2B1&", signed.QueryString, StringComparison.Ordinal);
        var unsigned = OpenApiRequestSigner.SignV1(call, new AlibabaCredentials("testid", "testsecret", null), V1Time, "n-1");
        Assert.NotEqual(SignatureOf(unsigned), SignatureOf(signed));
    }

    [Fact]
    public void SignV1_OperationParameterNamedLikeACommonOne_Throws()
    {
        var call = new OpenApiCall("live.aliyuncs.com", "X", "2016-11-01", [P("Timestamp", "now")]);

        Assert.Throws<InvalidOperationException>(() => OpenApiRequestSigner.SignV1(call, new AlibabaCredentials("id", "s", null), V1Time, "n"));
    }

    [Fact]
    public void SignV3_RepeatedParameterName_Throws()
    {
        var call = new OpenApiCall("live.aliyuncs.com", "X", "2016-11-01", [P("A", "1"), P("A", "2")]);

        Assert.Throws<InvalidOperationException>(() => OpenApiRequestSigner.SignV3(call, new AlibabaCredentials("id", "s", null), V3Time, "n"));
    }

    [Fact]
    public void ToString_OfCredentialsAndSignedRequest_ShowsNoSecretTokenOrSignature()
    {
        var credentials = new AlibabaCredentials("id-visible", "the-secret-value", "the-token-value");
        var signed = OpenApiRequestSigner.SignV3(V3CCall(), credentials, V3Time, "n-1");

        Assert.Contains("id-visible", credentials.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("the-secret-value", credentials.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("the-token-value", credentials.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("the-token-value", signed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Signature=", signed.ToString(), StringComparison.Ordinal);
    }

    private static string SignatureOf(SignedRequest signed) =>
        signed.QueryString.Split('&').Single(p => p.StartsWith("Signature=", StringComparison.Ordinal));
}
