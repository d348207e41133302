using LiveFunctions.Core.Storage.Connection;
using LiveFunctions.Core.Storage.Http;

namespace LiveFunctions.Core.Tests.Storage.Http;

/// <summary>
/// The Shared Key string-to-sign (spec §4.3), checked against strings written out by hand, and the signatures against
/// values computed independently (Python hmac/hashlib over the same strings).
/// </summary>
public sealed class SharedKeyStringToSignTests
{
    private const string Date = "Tue, 02 Dec 2025 10:00:00 GMT";
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static KeyValuePair<string, string> H(string name, string value) => new(name, value);

    [Fact]
    public void Build_QueuePutMessageOnAzurite_DoublesAccountInResourceAndSortsQuery()
    {
        var stringToSign = SharedKeyStringToSign.Build(
            "POST",
            new Uri("http://127.0.0.1:10001/devstoreaccount1/work-items/messages?visibilitytimeout=5&messagettl=3600"),
            86,
            [
                H("Content-Type", "application/xml; charset=utf-8"),
                H("x-ms-version", "2025-05-05"),
                H("x-ms-date", Date),
                H("x-ms-client-request-id", "7d3e2c1a-0000-4000-8000-000000000001"),
                H("User-Agent", "not signed"),
            ],
            "devstoreaccount1");

        Assert.Equal(
            "POST\n" +
            "\n" + // Content-Encoding
            "\n" + // Content-Language
            "86\n" +
            "\n" + // Content-MD5
            "application/xml; charset=utf-8\n" +
            "\n" + // Date (x-ms-date is used)
            "\n\n\n\n\n" + // If-Modified-Since, If-Match, If-None-Match, If-Unmodified-Since, Range
            "x-ms-client-request-id:7d3e2c1a-0000-4000-8000-000000000001\n" +
            "x-ms-date:Tue, 02 Dec 2025 10:00:00 GMT\n" +
            "x-ms-version:2025-05-05\n" +
            "/devstoreaccount1/devstoreaccount1/work-items/messages\n" +
            "messagettl:3600\n" +
            "visibilitytimeout:5",
            stringToSign);
        Assert.Equal("llWNvI21kcSL4lszV6HK0d2N9151aEVBMuwXFh0ztVg=", StorageSharedKey.TryCreate("devstoreaccount1", DevelopmentKey)!.Sign(stringToSign));
    }

    [Fact]
    public void Build_BlobPutWithIfMatchOnAzureHost_SignsIfMatchAndDoesNotDoubleAccount()
    {
        var stringToSign = SharedKeyStringToSign.Build(
            "PUT",
            new Uri("https://acct.blob.core.windows.net/rate-limits/live/DescribeLiveStreamsPublishList.json"),
            27,
            [
                H("x-ms-blob-type", "BlockBlob"),
                H("If-Match", "\"0x8DC0FFEE\""),
                H("Content-Type", "application/json"),
                H("x-ms-date", Date),
                H("x-ms-version", "2025-05-05"),
            ],
            "acct");

        Assert.Equal(
            "PUT\n\n\n27\n\napplication/json\n\n\n\"0x8DC0FFEE\"\n\n\n\n" +
            "x-ms-blob-type:BlockBlob\n" +
            "x-ms-date:Tue, 02 Dec 2025 10:00:00 GMT\n" +
            "x-ms-version:2025-05-05\n" +
            "/acct/rate-limits/live/DescribeLiveStreamsPublishList.json",
            stringToSign);
        var key = StorageSharedKey.TryCreate("acct", "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0wMTIzNDU2Nzg5")!;
        Assert.Equal("Wat8Jd1twnUwsxuQdaR5f2pYHcqfqEd8RrXssbB2VB4=", key.Sign(stringToSign));
    }

    [Fact]
    public void Build_ZeroContentLength_SignsEmptyLengthLine()
    {
        var stringToSign = SharedKeyStringToSign.Build(
            "PUT",
            new Uri("http://127.0.0.1:10000/devstoreaccount1/state?restype=container"),
            0,
            [H("x-ms-date", Date), H("x-ms-version", "2025-05-05")],
            "devstoreaccount1");

        Assert.Equal(
            "PUT\n\n\n\n\n\n\n\n\n\n\n\n" +
            "x-ms-date:Tue, 02 Dec 2025 10:00:00 GMT\nx-ms-version:2025-05-05\n" +
            "/devstoreaccount1/devstoreaccount1/state\nrestype:container",
            stringToSign);
    }

    [Fact]
    public void Build_EscapedQueryValues_AreDecodedAndNamesLowerCased()
    {
        var stringToSign = SharedKeyStringToSign.Build(
            "DELETE",
            new Uri("https://acct.queue.core.windows.net/q1/messages/abc?PopReceipt=AgAAAA%2B%2Fx%3D%3D"),
            null,
            [H("X-MS-Date", Date), H("x-ms-version", "2025-05-05")],
            "acct");

        Assert.EndsWith(
            "x-ms-date:Tue, 02 Dec 2025 10:00:00 GMT\nx-ms-version:2025-05-05\n/acct/q1/messages/abc\npopreceipt:AgAAAA+/x==",
            stringToSign, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RootPathOnAzureHost_UsesSlash()
    {
        var stringToSign = SharedKeyStringToSign.Build(
            "GET", new Uri("https://acct.blob.core.windows.net/?comp=list"), null, [H("x-ms-date", Date)], "acct");

        Assert.EndsWith("x-ms-date:Tue, 02 Dec 2025 10:00:00 GMT\n/acct/\ncomp:list", stringToSign, StringComparison.Ordinal);
    }
}
