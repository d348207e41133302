using System.Net;
using LiveFunctions.Core.Tests.OpenApi.Support;
using LiveFunctions.Testing;

namespace LiveFunctions.Core.Tests.Operations;

/// <summary>
/// What the operations' round-trip tests share: a client over the stub (the <see cref="ClientHarness"/>, fixed clock
/// and nonces) answering with a document-shaped body, and the checks every V3 call must pass.
/// </summary>
internal static class RoundTrip
{
    public const string LiveHost = "live.aliyuncs.com";
    public const string LiveVersion = "2016-11-01";
    public const string IceHost = "ice.cn-shanghai.aliyuncs.com";
    public const string IceVersion = "2020-11-09";

    /// <summary>A fresh client (V3, AccessKey testid/testsecret, clock at <see cref="ClientHarness.Start"/>) whose next answers are these bodies.</summary>
    public static ClientHarness Answering(params string[] bodies)
    {
        var harness = ClientHarness.Create();
        foreach (var body in bodies)
        {
            harness.Stub.Enqueue(HttpStatusCode.OK, body);
        }

        return harness;
    }

    /// <summary>
    /// The one request the client sent, after the checks of every V3 call: <c>POST /</c> on the product's host with an
    /// empty body, the action and version in <c>x-acs-action</c>/<c>x-acs-version</c>, the fixed date and first nonce,
    /// and an Authorization that a server recomputes to the same value from what it received.
    /// </summary>
    public static StubRequest SingleV3Call(ClientHarness harness, string host, string action, string version) =>
        V3Call(Assert.Single(harness.Stub.Requests), host, action, version, nonce: "nonce-1");

    /// <summary>The checks of <see cref="SingleV3Call"/> on one of several requests.</summary>
    public static StubRequest V3Call(StubRequest sent, string host, string action, string version, string nonce)
    {
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal($"https://{host}/", sent.RequestUri.GetLeftPart(UriPartial.Path));
        Assert.Equal(string.Empty, sent.Body);
        Assert.Equal(host, sent.Header("host"));
        Assert.Equal(action, sent.Header("x-acs-action"));
        Assert.Equal(version, sent.Header("x-acs-version"));
        Assert.Equal("2024-05-01T08:00:00Z", sent.Header("x-acs-date"));
        Assert.Equal(nonce, sent.Header("x-acs-signature-nonce"));
        Assert.Equal(SignatureCheck.ExpectedV3Authorization(sent, "testid", "testsecret"), sent.Header("Authorization"));
        return sent;
    }
}
