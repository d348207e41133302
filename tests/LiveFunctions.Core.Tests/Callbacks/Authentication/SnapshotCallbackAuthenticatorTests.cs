using System.Globalization;
using LiveFunctions.Core.Callbacks;
using LiveFunctions.Core.Callbacks.Authentication;
using LiveFunctions.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Tests.Callbacks.Authentication;

public sealed class SnapshotCallbackAuthenticatorTests
{
    private const string Host = "callbacks.example.com";
    private const string CurrentKey = "current-key";
    private const string PreviousKey = "previous-key";
    private const long SentAt = 1_700_000_000;
    private static readonly DateTimeOffset SentTime = DateTimeOffset.FromUnixTimeSeconds(SentAt);

    private static (SnapshotCallbackAuthenticator Authenticator, ListLogger<SnapshotCallbackAuthenticator> Log) Create(
        DateTimeOffset now, Action<SnapshotCallbackOptions>? configure = null)
    {
        var options = new SnapshotCallbackOptions { AuthKey = CurrentKey };
        configure?.Invoke(options);
        var log = new ListLogger<SnapshotCallbackAuthenticator>();
        return (new SnapshotCallbackAuthenticator(Options.Create(options), new ManualTimeProvider(now), log), log);
    }

    private static string Sign(string key, long timestamp = SentAt, string host = Host) =>
        CallbackSignature.Compute(host, timestamp.ToString(CultureInfo.InvariantCulture), key);

    private static string Stamp(long timestamp = SentAt) => timestamp.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Verify_DocumentVector_IsAccepted()
    {
        var (authenticator, _) = Create(DateTimeOffset.FromUnixTimeSeconds(1519375990).AddSeconds(3), o => o.AuthKey = "yourkey");

        var result = authenticator.Verify("learn.aliyundoc.com", "1519375990", "9e226fc2c250be266e3657e156f68c12");

        Assert.True(result.Accepted);
        Assert.True(result.Authenticated);
        Assert.Equal(CallbackAuthKey.Current, result.Key);
        Assert.Equal("learn.aliyundoc.com", result.Host);
    }

    [Fact]
    public void Verify_ValidSignature_IsAcceptedWithTheCurrentKey()
    {
        var (authenticator, log) = Create(SentTime.AddSeconds(2));

        var result = authenticator.Verify(Host, Stamp(), Sign(CurrentKey));

        Assert.Equal(new CallbackAuthResult(true, CallbackAuthKey.Current, CallbackAuthFailure.None, result.Reason, Host), result);
        Assert.Empty(log.Entries);
    }

    [Fact]
    public void Verify_WrongKey_IsRejectedWithoutShowingAnyKey()
    {
        var (authenticator, log) = Create(SentTime);

        var result = authenticator.Verify(Host, Stamp(), Sign("someone-elses-key"));

        Assert.False(result.Accepted);
        Assert.Equal(CallbackAuthFailure.WrongSignature, result.Failure);
        Assert.Equal(CallbackAuthKey.None, result.Key);
        Assert.DoesNotContain(CurrentKey, result.Reason, StringComparison.Ordinal);
        var entry = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.DoesNotContain(CurrentKey, entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SignatureForAnotherHost_IsRejected()
    {
        var (authenticator, _) = Create(SentTime);

        var result = authenticator.Verify(Host, Stamp(), Sign(CurrentKey, host: "other.example.com"));

        Assert.Equal(CallbackAuthFailure.WrongSignature, result.Failure);
    }

    [Theory]
    [InlineData(null, "sig", SnapshotCallbackHeaders.Timestamp)]
    [InlineData("1700000000", null, SnapshotCallbackHeaders.Signature)]
    [InlineData("", "", SnapshotCallbackHeaders.Timestamp)]
    [InlineData("1700000000", "  ", SnapshotCallbackHeaders.Signature)]
    public void Verify_MissingHeader_IsRejectedNamingTheHeader(string? timestamp, string? signature, string named)
    {
        var (authenticator, _) = Create(SentTime);

        var result = authenticator.Verify(Host, timestamp, signature);

        Assert.Equal(CallbackAuthFailure.MissingHeaders, result.Failure);
        Assert.Contains(named, result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("17000000x0")]
    [InlineData("-1700000000")]
    [InlineData("1700000000.5")]
    [InlineData("99999999999999999999")]
    public void Verify_TimestampNotUnixSeconds_IsRejectedAsBadTimestamp(string timestamp)
    {
        var (authenticator, _) = Create(SentTime);

        Assert.Equal(CallbackAuthFailure.BadTimestamp, authenticator.Verify(Host, timestamp, Sign(CurrentKey)).Failure);
    }

    [Fact]
    public void Verify_ExactlySkewOld_IsAccepted()
    {
        var (authenticator, _) = Create(SentTime + TimeSpan.FromMinutes(5));

        Assert.True(authenticator.Verify(Host, Stamp(), Sign(CurrentKey)).Accepted);
    }

    [Fact]
    public void Verify_JustOverSkewOld_IsRejectedAsStale()
    {
        var (authenticator, _) = Create(SentTime + TimeSpan.FromMinutes(5) + TimeSpan.FromTicks(1));

        Assert.Equal(CallbackAuthFailure.Stale, authenticator.Verify(Host, Stamp(), Sign(CurrentKey)).Failure);
    }

    [Fact]
    public void Verify_JustUnderSkewAhead_IsAccepted()
    {
        var (authenticator, _) = Create(SentTime - TimeSpan.FromMinutes(5) + TimeSpan.FromTicks(1));

        Assert.True(authenticator.Verify(Host, Stamp(), Sign(CurrentKey)).Accepted);
    }

    [Fact]
    public void Verify_ExactlySkewAhead_IsRejectedAsStale()
    {
        // The accepted window is half-open: [now - skew, now + skew).
        var (authenticator, _) = Create(SentTime - TimeSpan.FromMinutes(5));

        Assert.Equal(CallbackAuthFailure.Stale, authenticator.Verify(Host, Stamp(), Sign(CurrentKey)).Failure);
    }

    [Fact]
    public void Verify_ConfiguredSkew_IsUsed()
    {
        var (authenticator, _) = Create(SentTime + TimeSpan.FromSeconds(31), o => o.AllowedClockSkew = TimeSpan.FromSeconds(30));

        Assert.Equal(CallbackAuthFailure.Stale, authenticator.Verify(Host, Stamp(), Sign(CurrentKey)).Failure);
    }

    [Fact]
    public void Verify_ReplayOfAnAcceptedCallbackAnHourLater_IsRejectedAsStale()
    {
        var time = new ManualTimeProvider(SentTime.AddSeconds(1));
        var authenticator = new SnapshotCallbackAuthenticator(
            Options.Create(new SnapshotCallbackOptions { AuthKey = CurrentKey }), time, new ListLogger<SnapshotCallbackAuthenticator>());
        var signature = Sign(CurrentKey);
        Assert.True(authenticator.Verify(Host, Stamp(), signature).Accepted);

        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(CallbackAuthFailure.Stale, authenticator.Verify(Host, Stamp(), signature).Failure);
    }

    [Fact]
    public void Verify_PreviousKeyInsideRotationWindow_IsAcceptedAsPrevious()
    {
        var (authenticator, _) = Create(SentTime, o =>
        {
            o.PreviousAuthKey = PreviousKey;
            o.PreviousAuthKeyValidUntil = SentTime.AddSeconds(1);
        });

        var result = authenticator.Verify(Host, Stamp(), Sign(PreviousKey));

        Assert.True(result.Accepted);
        Assert.Equal(CallbackAuthKey.Previous, result.Key);
    }

    [Fact]
    public void Verify_PreviousKeyAtTheEndOfTheRotationWindow_IsRejected()
    {
        var (authenticator, _) = Create(SentTime, o =>
        {
            o.PreviousAuthKey = PreviousKey;
            o.PreviousAuthKeyValidUntil = SentTime;
        });

        var result = authenticator.Verify(Host, Stamp(), Sign(PreviousKey));

        Assert.Equal(CallbackAuthFailure.WrongSignature, result.Failure);
        Assert.DoesNotContain(PreviousKey, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_PreviousKeyWithoutRotationEnd_IsNotAccepted()
    {
        var (authenticator, _) = Create(SentTime, o => o.PreviousAuthKey = PreviousKey);

        Assert.Equal(CallbackAuthFailure.WrongSignature, authenticator.Verify(Host, Stamp(), Sign(PreviousKey)).Failure);
    }

    [Fact]
    public void Verify_PreviousKeyNotConfigured_IsNotAccepted()
    {
        var (authenticator, _) = Create(SentTime);

        Assert.Equal(CallbackAuthFailure.WrongSignature, authenticator.Verify(Host, Stamp(), Sign(PreviousKey)).Failure);
    }

    [Fact]
    public void Verify_CurrentKeyDuringRotation_IsStillTheCurrentKey()
    {
        var (authenticator, _) = Create(SentTime, o =>
        {
            o.PreviousAuthKey = PreviousKey;
            o.PreviousAuthKeyValidUntil = SentTime.AddDays(1);
        });

        Assert.Equal(CallbackAuthKey.Current, authenticator.Verify(Host, Stamp(), Sign(CurrentKey)).Key);
    }

    [Fact]
    public void Verify_ConfiguredCallbackHost_IsSignedInsteadOfTheHostHeader()
    {
        var (authenticator, _) = Create(SentTime, o => o.CallbackHost = "https://callbacks.example.com/api/callbacks/snapshot");

        var result = authenticator.Verify("func-live.azurewebsites.net", Stamp(), Sign(CurrentKey));

        Assert.True(result.Accepted);
        Assert.Equal(Host, result.Host);
    }

    [Fact]
    public void Verify_HostHeaderWithPort_IsSignedWithoutThePort()
    {
        var (authenticator, _) = Create(SentTime);

        var result = authenticator.Verify("callbacks.example.com:7071", Stamp(), Sign(CurrentKey));

        Assert.True(result.Accepted);
        Assert.Equal(Host, result.Host);
    }

    [Fact]
    public void Verify_NoHostAnywhere_IsRejectedAsMissingHost()
    {
        var (authenticator, _) = Create(SentTime);

        Assert.Equal(CallbackAuthFailure.MissingHost, authenticator.Verify(null, Stamp(), Sign(CurrentKey)).Failure);
    }

    [Fact]
    public void Verify_NoKeyConfigured_AcceptsUnauthenticatedAndWarnsOnce()
    {
        var (authenticator, log) = Create(SentTime, o => o.AuthKey = null);

        var first = authenticator.Verify(Host, null, null);
        var second = authenticator.Verify(Host, Stamp(), "anything");

        Assert.True(first.Accepted);
        Assert.False(first.Authenticated);
        Assert.Equal(CallbackAuthKey.None, first.Key);
        Assert.True(second.Accepted);
        var warning = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("without authentication", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_KeyRequiredButNotConfigured_RejectsEveryCallback()
    {
        var (authenticator, _) = Create(SentTime, o =>
        {
            o.AuthKey = "";
            o.RequireAuthKey = true;
        });

        var result = authenticator.Verify(Host, Stamp(), Sign(CurrentKey));

        Assert.False(result.Accepted);
        Assert.Equal(CallbackAuthFailure.KeyNotConfigured, result.Failure);
        Assert.Contains("RequireAuthKey", result.Reason, StringComparison.Ordinal);
    }
}
