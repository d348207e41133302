using System.Text;
using LiveFunctions.Core.Callbacks.Layout;
using LiveFunctions.Core.Callbacks.Processing;
using LiveFunctions.Core.Storage;
using LiveFunctions.Core.Tests.Storage;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.Core.Tests.Callbacks.Processing;

/// <summary>The dedupe marker claim on a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SnapshotClaimsTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private async Task<(ProcessingHarness Harness, string Key)> StartAsync()
    {
        var harness = new ProcessingHarness(azurite.ConnectionString);
        await harness.Blobs.CreateContainerIfNotExistsAsync(SnapshotStorageLayout.DedupeContainer);
        return (harness, ProcessingHarness.KeyOf(harness.Message(1_772_359_190)));
    }

    [Fact]
    public async Task ClaimAsync_NoMarker_ClaimsAsProcessingWithTheLease()
    {
        var (harness, key) = await StartAsync();

        var claim = await harness.Claims.ClaimAsync(key, "attempt-a", Lease, CancellationToken.None);

        Assert.Equal(SnapshotClaimOutcome.Claimed, claim.Outcome);
        Assert.False(claim.TookOver);
        Assert.Equal(SnapshotMarkerState.Processing, claim.Marker.State);
        Assert.Equal("attempt-a", claim.Marker.Owner);
        Assert.Equal(1, claim.Marker.Attempts);
        Assert.Equal(harness.Time.GetUtcNow() + Lease, claim.Marker.LeaseUntil);
    }

    [Fact]
    public async Task ClaimAsync_CompletedBefore_ReturnsAlreadyComplete()
    {
        var (harness, key) = await StartAsync();
        var first = await harness.Claims.ClaimAsync(key, "attempt-a", Lease, CancellationToken.None);
        Assert.True(await harness.Claims.CompleteAsync(first, CancellationToken.None));

        var second = await harness.Claims.ClaimAsync(key, "attempt-b", Lease, CancellationToken.None);

        Assert.Equal(SnapshotClaimOutcome.AlreadyComplete, second.Outcome);
        Assert.Equal(SnapshotMarkerState.Complete, second.Marker.State);
    }

    [Fact]
    public async Task ClaimAsync_AnotherAttemptsLeaseIsLive_ReturnsBusyUntilTheLeaseEnds()
    {
        var (harness, key) = await StartAsync();
        await harness.Claims.ClaimAsync(key, "attempt-a", Lease, CancellationToken.None);
        harness.Time.Advance(Lease - TimeSpan.FromSeconds(1));

        var busy = await harness.Claims.ClaimAsync(key, "attempt-b", Lease, CancellationToken.None);

        Assert.Equal(SnapshotClaimOutcome.Busy, busy.Outcome);
        Assert.Equal("attempt-a", busy.Marker.Owner);
    }

    [Fact]
    public async Task ClaimAsync_LeaseRunOut_TakesOverTheCrashedAttempt()
    {
        var (harness, key) = await StartAsync();
        await harness.Claims.ClaimAsync(key, "attempt-a", Lease, CancellationToken.None);
        harness.Time.Advance(Lease); // The lease is half-open: at LeaseUntil it is over.

        var taken = await harness.Claims.ClaimAsync(key, "attempt-b", Lease, CancellationToken.None);

        Assert.Equal(SnapshotClaimOutcome.Claimed, taken.Outcome);
        Assert.True(taken.TookOver);
        Assert.Equal("attempt-b", taken.Marker.Owner);
        Assert.Equal(2, taken.Marker.Attempts);
    }

    [Fact]
    public async Task ReleaseAsync_AfterAFailure_LetsTheNextAttemptTakeOverAtOnceAndKeepsTheReason()
    {
        var (harness, key) = await StartAsync();
        var first = await harness.Claims.ClaimAsync(key, "attempt-a", Lease, CancellationToken.None);

        Assert.True(await harness.Claims.ReleaseAsync(first, "crm (HTTP 503)", CancellationToken.None));
        var next = await harness.Claims.ClaimAsync(key, "attempt-b", Lease, CancellationToken.None);

        Assert.Equal(SnapshotClaimOutcome.Claimed, next.Outcome);
        Assert.True(next.TookOver);
        Assert.Equal("crm (HTTP 503)", next.Marker.LastFailure);
    }

    [Fact]
    public async Task ClaimAsync_EightCopiesAtOnce_ExactlyOneClaims()
    {
        var (harness, key) = await StartAsync();

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => harness.Claims.ClaimAsync(key, $"attempt-{i}", Lease, CancellationToken.None)));

        Assert.Single(claims, c => c.Outcome == SnapshotClaimOutcome.Claimed);
        Assert.All(claims.Where(c => c.Outcome != SnapshotClaimOutcome.Claimed), c => Assert.Equal(SnapshotClaimOutcome.Busy, c.Outcome));
    }

    [Fact]
    public async Task CompleteAsync_ClaimTakenOverMeanwhile_ReturnsFalseAndLeavesTheNewOwner()
    {
        var (harness, key) = await StartAsync();
        var slow = await harness.Claims.ClaimAsync(key, "attempt-a", Lease, CancellationToken.None);
        harness.Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var taken = await harness.Claims.ClaimAsync(key, "attempt-b", Lease, CancellationToken.None);

        Assert.False(await harness.Claims.CompleteAsync(slow, CancellationToken.None));
        Assert.False(await harness.Claims.ReleaseAsync(slow, "late", CancellationToken.None));
        Assert.True(await harness.Claims.CompleteAsync(taken, CancellationToken.None));
    }

    [Fact]
    public async Task ClaimAsync_UnreadableMarker_IsTakenOver()
    {
        var (harness, key) = await StartAsync();
        var location = SnapshotStorageLayout.DedupeMarker(key);
        await harness.Blobs.PutAsync(location.Container, location.BlobName, Encoding.UTF8.GetBytes("not json"), BlobCondition.CreateOnly);

        var claim = await harness.Claims.ClaimAsync(key, "attempt-a", Lease, CancellationToken.None);

        Assert.Equal(SnapshotClaimOutcome.Claimed, claim.Outcome);
        Assert.True(claim.TookOver);
    }
}
