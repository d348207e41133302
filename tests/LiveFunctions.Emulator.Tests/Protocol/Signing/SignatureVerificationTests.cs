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
}
