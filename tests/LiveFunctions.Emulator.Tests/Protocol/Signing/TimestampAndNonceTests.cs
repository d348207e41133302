using System.Net;
using LiveFunctions.Emulator.Tests.Support;

namespace LiveFunctions.Emulator.Tests.Protocol.Signing;

/// <summary>The timestamp tolerance (±15 min) and nonce replay checks of both signature versions.</summary>
public sealed class TimestampAndNonceTests : EmulatorTest
{
    private static readonly Dictionary<string, string> Describe = new() { ["DomainName"] = "example.com" };

    private const string DescribeAction = "DescribeLiveRecordConfig";

    private static string Wire(DateTimeOffset time) => ParameterSets.Wire(time);

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
}
