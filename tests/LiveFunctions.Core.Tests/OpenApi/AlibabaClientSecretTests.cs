using System.Net;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Tests.OpenApi.Support;

namespace LiveFunctions.Core.Tests.OpenApi;

/// <summary>The secret, the STS token and the signature never show in logs, exception messages or ToString.</summary>
public sealed class AlibabaClientSecretTests
{
    private const string Secret = "Sup3r-S3cret-Value-xyz";
    private const string Token = "STS-T0ken-Value-abc";

    private static ClientHarness Harness(AlibabaSignatureVersion version) =>
        ClientHarness.Create(o => (o.AccessKeySecret, o.SecurityToken, o.SignatureVersion, o.Retry.MaxAttempts) = (Secret, Token, version, 2));

    // Everything a caller or a log sink could see from a sequence of calls that succeed, retry, fail and time out.
    private static async Task<List<string>> VisibleTextAsync(ClientHarness harness)
    {
        var visible = new List<string>();
        harness.EnqueueError(HttpStatusCode.BadRequest, "Throttling.User");
        harness.EnqueueOk();
        await harness.SendAsync();

        harness.EnqueueError(HttpStatusCode.BadRequest, "SignatureDoesNotMatch");
        harness.Stub.EnqueueException(new HttpRequestException("Connection refused"));
        harness.Stub.EnqueueException(new HttpRequestException("Connection refused"));
        foreach (var request in new[] { new TestRequest("x"), new TestRequest("y"), new TestRequest(null) })
        {
            var e = await Assert.ThrowsAsync<AlibabaApiException>(() => harness.SendAsync(request));
            visible.Add(e.Message);
            visible.Add(e.ToString());
        }

        visible.AddRange(harness.Logs.Logs.Select(l => l.AllText));
        Assert.NotEmpty(harness.Logs.Logs);
        return visible;
    }

    [Theory]
    [InlineData(AlibabaSignatureVersion.V3)]
    [InlineData(AlibabaSignatureVersion.V1)]
    public async Task SendAsync_LogsAndExceptions_NeverShowSecretTokenOrSignature(AlibabaSignatureVersion version)
    {
        var harness = Harness(version);

        var visible = await VisibleTextAsync(harness);

        var signatures = harness.Stub.Requests
            .Select(r => version == AlibabaSignatureVersion.V3 ? r.Header("Authorization")!.Split("Signature=")[1] : r.QueryValue("Signature")!)
            .ToList();
        Assert.Equal(5, signatures.Count);
        Assert.All(visible, text =>
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
            Assert.All(signatures, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task SendAsync_Logs_CarryActionAttemptStatusCodeAndRequestId()
    {
        var harness = Harness(AlibabaSignatureVersion.V3);
        harness.EnqueueError(HttpStatusCode.BadRequest, "Throttling.User");
        harness.EnqueueOk("REQ-LOGGED");

        await harness.SendAsync();

        var failed = Assert.Single(harness.Logs.Logs, l => l.EventId.Id == 2002);
        Assert.Contains(failed.State, s => s.Key == "Action" && Equals(s.Value, "DescribeTestThing"));
        Assert.Contains(failed.State, s => s.Key == "Attempt" && Equals(s.Value, 1));
        Assert.Contains(failed.State, s => s.Key == "StatusCode" && Equals(s.Value, 400));
        Assert.Contains(failed.State, s => s.Key == "Code" && Equals(s.Value, "Throttling.User"));
        Assert.Contains(failed.State, s => s.Key == "RequestId" && Equals(s.Value, "REQ-ERR"));
        Assert.Contains(failed.State, s => s.Key == "DurationMs");
        Assert.Single(harness.Logs.Logs, l => l.EventId.Id == 2003);
        var succeeded = Assert.Single(harness.Logs.Logs, l => l.EventId.Id == 2001);
        Assert.Contains(succeeded.State, s => s.Key == "RequestId" && Equals(s.Value, "REQ-LOGGED"));
        Assert.Contains(succeeded.State, s => s.Key == "Attempt" && Equals(s.Value, 2));
    }

    [Fact]
    public void ToString_OfOptions_RedactsSecretAndToken()
    {
        var options = new AlibabaOptions { AccessKeyId = "LTAI-visible", AccessKeySecret = Secret, SecurityToken = Token };

        var text = options.ToString();

        Assert.Contains("LTAI-visible", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.Contains("AccessKeySecret = ***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_InvalidOptions_MessageNamesSettingsButNotTheSecret()
    {
        var options = new AlibabaOptions { AccessKeyId = "", AccessKeySecret = Secret, LiveEndpoint = "ftp://x" };

        var e = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new AlibabaClient(
            new HttpClient(new Testing.StubHttpMessageHandler()),
            Microsoft.Extensions.Options.Options.Create(options),
            TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<AlibabaClient>.Instance));

        Assert.Contains("Alibaba:AccessKeyId", e.Message, StringComparison.Ordinal);
        Assert.Contains("Alibaba:LiveEndpoint", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, e.Message, StringComparison.Ordinal);
    }
}
