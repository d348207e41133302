using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Protocol.Signing;

/// <summary>Incomplete or unknown signature parts, actions and versions.</summary>
public sealed class SignaturePartsTests : EmulatorTest
{
    private static readonly Dictionary<string, string> Describe = new() { ["DomainName"] = "example.com" };

    private const string DescribeAction = "DescribeLiveRecordConfig";

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
}
