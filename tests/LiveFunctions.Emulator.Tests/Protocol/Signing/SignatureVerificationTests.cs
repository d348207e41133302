using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Protocol.Signing;

/// <summary>Both signature versions against the running emulator, and each documented refusal.</summary>
public sealed class SignatureVerificationTests : EmulatorTest
{
    private static readonly Dictionary<string, string> Describe = new() { ["DomainName"] = "example.com" };

    private const string DescribeAction = "DescribeLiveRecordConfig";

    [Fact]
    public async Task CallAsync_V3SignedQuery_Accepted()
    {
        var answer = await Client.CallAsync(DescribeAction, Describe);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(0, (int)answer.Body["TotalNum"]!);
    }

    [Fact]
    public async Task CallAsync_V3SignedFormBody_Accepted()
    {
        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions { FormBody = true });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Theory]
    [InlineData("POST", false)]
    [InlineData("POST", true)]
    [InlineData("GET", false)]
    public async Task CallV1Async_V1Signed_Accepted(string method, bool formBody)
    {
        var answer = await Client.CallV1Async(DescribeAction, Describe, new CallOptions { Method = method, FormBody = formBody });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task CallAsync_V3WithSignedSecurityToken_Accepted()
    {
        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions { SecurityToken = "any-sts-token" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task CallV1Async_WithSecurityToken_Accepted()
    {
        var answer = await Client.CallV1Async(DescribeAction, Describe, new CallOptions { SecurityToken = "any-sts-token" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task CallAsync_V3SecurityTokenNotSigned_IncompleteSignature()
    {
        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions
        {
            AfterSigningV3 = request => request.Headers.TryAddWithoutValidation("x-acs-security-token", "added-after-signing"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("IncompleteSignature", answer.Code);
    }

    [Fact]
    public async Task CallAsync_V3WrongSecret_SignatureDoesNotMatchEchoesServerStringToSign()
    {
        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions { SigningSecret = "wrong" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("SignatureDoesNotMatch", answer.Code);
        Assert.Equal($"Specified signature is not matched with our calculation. server string to sign is:{Client.LastStringToSign}", answer.Message);
    }

    [Fact]
    public async Task CallV1Async_WrongSecret_SignatureDoesNotMatchEchoesServerStringToSign()
    {
        var answer = await Client.CallV1Async(DescribeAction, Describe, new CallOptions { SigningSecret = "wrong" });

        Assert.Equal("SignatureDoesNotMatch", answer.Code);
        Assert.StartsWith("Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeLiveRecordConfig", answer.Message);
        Assert.EndsWith($"server string to sign is:{Client.LastStringToSign}", answer.Message);
    }

    [Fact]
    public async Task CallV1Async_ParameterChangedAfterSigning_SignatureDoesNotMatch()
    {
        var answer = await Client.CallV1Async(DescribeAction, Describe, new CallOptions { AfterSigningV1 = p => p["DomainName"] = "other.com" });

        Assert.Equal("SignatureDoesNotMatch", answer.Code);
    }

    [Fact]
    public async Task CallAsync_V3QueryChangedAfterSigning_SignatureDoesNotMatch()
    {
        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions
        {
            AfterSigningV3 = request => request.RequestUri = new Uri("/?DomainName=other.com", UriKind.Relative),
        });

        Assert.Equal("SignatureDoesNotMatch", answer.Code);
    }

    [Fact]
    public async Task CallAsync_V3BodyChangedAfterSigning_PayloadHashRefused()
    {
        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions
        {
            FormBody = true,
            AfterSigningV3 = request =>
            {
                request.Content = new StringContent("DomainName=other.com");
                request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
            },
        });

        Assert.Equal("SignatureDoesNotMatch", answer.Code);
    }

    [Fact]
    public async Task CallAsync_UnknownAccessKeyId_InvalidAccessKeyIdNotFound404()
    {
        var answer = await Emulator.ClientFor("nobody", "testsecret").CallAsync(DescribeAction, Describe);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("InvalidAccessKeyId.NotFound", answer.Code);
    }

    [Fact]
    public async Task CallV1Async_UnknownAccessKeyId_InvalidAccessKeyIdNotFound404()
    {
        var answer = await Emulator.ClientFor("nobody", "testsecret").CallV1Async(DescribeAction, Describe);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("InvalidAccessKeyId.NotFound", answer.Code);
    }

    [Theory]
    [InlineData(15 * 60)]
    [InlineData(-15 * 60)]
    public async Task CallAsync_TimestampExactly15MinutesOff_Accepted(int offsetSeconds)
    {
        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions { Timestamp = Wire(Emulator.Clock.GetUtcNow().AddSeconds(offsetSeconds)) });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Theory]
    [InlineData(15 * 60 + 1)]
    [InlineData(-15 * 60 - 1)]
    public async Task CallAsync_TimestampMoreThan15MinutesOff_InvalidTimeStampExpired(int offsetSeconds)
    {
        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions { Timestamp = Wire(Emulator.Clock.GetUtcNow().AddSeconds(offsetSeconds)) });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("InvalidTimeStamp.Expired", answer.Code);
    }

    [Fact]
    public async Task CallV1Async_TimestampMoreThan15MinutesOff_InvalidTimeStampExpired()
    {
        var answer = await Client.CallV1Async(DescribeAction, Describe, new CallOptions { Timestamp = Wire(Emulator.Clock.GetUtcNow().AddMinutes(-16)) });

        Assert.Equal("InvalidTimeStamp.Expired", answer.Code);
    }

    [Theory]
    [InlineData("2026-03-02 10:00:00")]
    [InlineData("2026-03-02T10:00:00.123Z")]
    [InlineData("2026-03-02T10:00:00+08:00")]
    [InlineData("yesterday")]
    public async Task CallAsync_TimestampNotInDocumentedLayout_InvalidTimeStampFormat(string timestamp)
    {
        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions { Timestamp = timestamp });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("InvalidTimeStamp.Format", answer.Code);
    }

    [Fact]
    public async Task CallAsync_NonceReusedWithin15Minutes_SignatureNonceUsed()
    {
        var options = new CallOptions { Nonce = "fixed-nonce" };
        var first = await Client.CallAsync(DescribeAction, Describe, options);
        Emulator.Clock.Advance(TimeSpan.FromMinutes(14));

        var second = await Client.CallAsync(DescribeAction, Describe, options);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("SignatureNonceUsed", second.Code);
    }

    [Fact]
    public async Task CallV1Async_NonceReused_SignatureNonceUsed()
    {
        var options = new CallOptions { Nonce = "fixed-nonce" };
        await Client.CallV1Async(DescribeAction, Describe, options);

        var second = await Client.CallV1Async(DescribeAction, Describe, options);

        Assert.Equal("SignatureNonceUsed", second.Code);
    }

    [Fact]
    public async Task CallAsync_NonceReusedAfter15Minutes_Accepted()
    {
        var options = new CallOptions { Nonce = "fixed-nonce" };
        await Client.CallAsync(DescribeAction, Describe, options);
        Emulator.Clock.Advance(TimeSpan.FromMinutes(15));

        var second = await Client.CallAsync(DescribeAction, Describe, options);

        Assert.Equal(HttpStatusCode.OK, second.Status);
    }

    [Fact]
    public async Task CallAsync_NonceOfRefusedSignature_NotConsumed()
    {
        await Client.CallAsync(DescribeAction, Describe, new CallOptions { Nonce = "n1", SigningSecret = "wrong" });

        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions { Nonce = "n1" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Theory]
    [InlineData("Signature")]
    [InlineData("SignatureNonce")]
    [InlineData("Timestamp")]
    [InlineData("AccessKeyId")]
    [InlineData("SignatureMethod")]
    [InlineData("SignatureVersion")]
    public async Task CallV1Async_SignatureParameterMissing_MissingParameterCode(string parameter)
    {
        var answer = await Client.CallV1Async(DescribeAction, Describe, new CallOptions { AfterSigningV1 = p => p.Remove(parameter) });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal($"Missing{parameter}", answer.Code);
        Assert.Equal($"{parameter} is mandatory for this action.", answer.Message);
    }

    [Fact]
    public async Task CallV1Async_SignatureMethodNotHmacSha1_InvalidSignatureMethod()
    {
        var answer = await Client.CallV1Async(DescribeAction, Describe, new CallOptions { AfterSigningV1 = p => p["SignatureMethod"] = "HMAC-SHA256" });

        Assert.Equal("InvalidSignatureMethod", answer.Code);
    }

    [Fact]
    public async Task CallV1Async_SignatureVersionNot10_IncompleteSignature()
    {
        var answer = await Client.CallV1Async(DescribeAction, Describe, new CallOptions { AfterSigningV1 = p => p["SignatureVersion"] = "2.0" });

        Assert.Equal("IncompleteSignature", answer.Code);
    }

    [Theory]
    [InlineData("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=x-acs-date")]
    [InlineData("ACS3-HMAC-SHA256 Credential=testid,Signature=abc")]
    [InlineData("ACS3-HMAC-SHA256 SignedHeaders=x-acs-date,Signature=abc")]
    [InlineData("ACS3-HMAC-SHA256")]
    public async Task CallAsync_AuthorizationPartMissing_IncompleteSignature(string authorization)
    {
        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions
        {
            AfterSigningV3 = request =>
            {
                request.Headers.Remove("Authorization");
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("IncompleteSignature", answer.Code);
    }

    [Fact]
    public async Task CallAsync_UnknownV3Algorithm_InvalidSignatureMethod()
    {
        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions
        {
            AfterSigningV3 = request =>
            {
                var value = request.Headers.GetValues("Authorization").Single().Replace("ACS3-HMAC-SHA256", "ACS3-HMAC-SM3", StringComparison.Ordinal);
                request.Headers.Remove("Authorization");
                request.Headers.TryAddWithoutValidation("Authorization", value);
            },
        });

        Assert.Equal("InvalidSignatureMethod", answer.Code);
    }

    [Theory]
    [InlineData("x-acs-date", "MissingTimestamp")]
    [InlineData("x-acs-signature-nonce", "MissingSignatureNonce")]
    [InlineData("x-acs-content-sha256", "MissingContentSha256")]
    [InlineData("x-acs-action", "MissingAction")]
    [InlineData("x-acs-version", "MissingVersion")]
    public async Task CallAsync_V3HeaderMissing_MissingCode(string header, string code)
    {
        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions { AfterSigningV3 = request => request.Headers.Remove(header) });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(code, answer.Code);
    }

    [Fact]
    public async Task CallAsync_UnknownAction_InvalidApiNotFound404()
    {
        var answer = await Client.CallAsync("DescribeNothing", Describe);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("InvalidApi.NotFound", answer.Code);
    }

    [Fact]
    public async Task CallAsync_LiveActionUnderIceVersion_InvalidApiNotFound404()
    {
        var answer = await Client.CallAsync(DescribeAction, Describe, new CallOptions { Version = SigningClient.IceVersion });

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("InvalidApi.NotFound", answer.Code);
    }

    [Fact]
    public async Task CallV1Async_ActionMissing_MissingAction()
    {
        var answer = await Client.CallV1Async(DescribeAction, Describe, new CallOptions { AfterSigningV1 = p => p.Remove("Action") });

        Assert.Equal("MissingAction", answer.Code);
    }

    [Fact]
    public async Task CallAsync_Refused_ErrorBodyCarriesRequestIdHostIdAndRecommend()
    {
        using var response = await Client.SendV3Async(DescribeAction, Describe, new CallOptions { SigningSecret = "wrong" });
        var answer = await ApiAnswer.ReadAsync(response);

        var requestId = (string)answer.Body["RequestId"]!;
        Assert.True(Guid.TryParse(requestId, out _));
        Assert.Equal(requestId.ToUpperInvariant(), requestId);
        Assert.Equal(requestId, response.Headers.GetValues("x-acs-request-id").Single());
        Assert.Equal(Emulator.BaseAddress.Authority, (string?)answer.Body["HostId"]);
        Assert.Contains("q=SignatureDoesNotMatch", (string?)answer.Body["Recommend"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallAsync_Success_CarriesUpperCaseRequestId()
    {
        var answer = await Client.CallAsync(DescribeAction, Describe);

        var requestId = (string)answer.Body["RequestId"]!;
        Assert.True(Guid.TryParse(requestId, out _));
        Assert.Equal(requestId.ToUpperInvariant(), requestId);
    }

    private static string Wire(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
