using System.Net;
using System.Text;
using System.Text.Json;
using LiveFunctions.Core.Callbacks.Layout;
using LiveFunctions.Core.Callbacks.Processing;
using LiveFunctions.Core.Tests.Storage;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.Core.Tests.Callbacks.Processing;

/// <summary>The processor's steps on a real Azurite, with stub subscribers.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SnapshotProcessorTests(AzuriteFixture azurite)
{
    private const long SnapshotSeconds = 1_772_359_190; // 2026-03-01T09:59:50Z

    [Fact]
    public async Task ProcessAsync_NewSnapshot_RecordsHistoryAndLatestDeliversToEverySubscriberAndCompletes()
    {
        var harness = new ProcessingHarness(azurite.ConnectionString, "crm", "ops");
        var text = harness.Message(SnapshotSeconds);

        var result = await harness.Processor.ProcessAsync(text, "attempt-a");

        Assert.Equal(SnapshotProcessingOutcome.Processed, result.Outcome);
        Assert.True(result.Done);
        Assert.Equal(2, result.Deliveries.Count(d => d.Delivered));
        Assert.Single(harness.RequestsTo("crm"));
        Assert.Single(harness.RequestsTo("ops"));
        var latest = await harness.Reader.GetLatestAsync("example.com", "liveApp", harness.Stream);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(SnapshotSeconds), latest!.Snapshot.SnapshotTime);
        Assert.Equal(ProcessingHarness.KeyOf(text), latest.DedupeKey);
        Assert.True(latest.Authenticated);
        var history = await harness.Reader.GetHistoryAsync(Range(harness, SnapshotSeconds - 60, SnapshotSeconds + 60));
        Assert.Equal(latest, Assert.Single(history.Snapshots));
        var marker = await harness.Blobs.GetAsync(SnapshotStorageLayout.DedupeContainer, latest.DedupeKey);
        Assert.Contains("\"State\":\"Complete\"", Encoding.UTF8.GetString(marker!.Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_SameCallbackAgain_IsDroppedAsDuplicateWithoutDelivering()
    {
        var harness = new ProcessingHarness(azurite.ConnectionString, "crm");
        var text = harness.Message(SnapshotSeconds);
        await harness.Processor.ProcessAsync(text, "attempt-a");

        // Live's retry of the same snapshot is a new queue message with the same content (another receipt).
        var again = await harness.Processor.ProcessAsync(harness.Message(SnapshotSeconds), "attempt-b");

        Assert.Equal(SnapshotProcessingOutcome.Duplicate, again.Outcome);
        Assert.True(again.Done);
        Assert.Single(harness.RequestsTo("crm"));
    }

    [Fact]
    public async Task ProcessAsync_TwoCopiesAtOnce_DeliverOnceAndTheOtherIsRetriedThenDropped()
    {
        var harness = new ProcessingHarness(azurite.ConnectionString, "crm");
        var text = harness.Message(SnapshotSeconds);

        var results = await Task.WhenAll(harness.Processor.ProcessAsync(text, "attempt-a"), harness.Processor.ProcessAsync(text, "attempt-b"));
        var retried = await harness.Processor.ProcessAsync(text, "attempt-c");

        // The second copy either found the claim held (and must be retried) or, if it came late, found it complete.
        Assert.Single(results, r => r.Outcome == SnapshotProcessingOutcome.Processed);
        Assert.Single(results, r => r.Outcome is SnapshotProcessingOutcome.InProgressElsewhere or SnapshotProcessingOutcome.Duplicate);
        Assert.Equal(SnapshotProcessingOutcome.Duplicate, retried.Outcome);
        Assert.Single(harness.RequestsTo("crm"));
    }

    [Fact]
    public async Task ProcessAsync_OneSubscriberFails_FailsThenTheRetryDeliversOnlyToTheOneLeft()
    {
        var harness = new ProcessingHarness(azurite.ConnectionString, "crm", "ops");
        harness.Answer("ops", HttpStatusCode.ServiceUnavailable);
        var text = harness.Message(SnapshotSeconds);

        var failed = await harness.Processor.ProcessAsync(text, "attempt-a");
        harness.Answer("ops", HttpStatusCode.OK);
        var retried = await harness.Processor.ProcessAsync(text, "attempt-b");

        Assert.Equal(SnapshotProcessingOutcome.DeliveryFailed, failed.Outcome);
        Assert.False(failed.Done);
        Assert.Contains("ops (HTTP 503)", failed.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(SnapshotProcessingOutcome.Processed, retried.Outcome);
        Assert.Equal(new[] { "ops" }, retried.Deliveries.Select(d => d.Subscriber));
        Assert.Single(harness.RequestsTo("crm"));
        Assert.Equal(2, harness.RequestsTo("ops").Count);
    }

    [Fact]
    public async Task ProcessAsync_EarlierAttemptCrashedHoldingTheClaim_IsRetriedUntilTheLeaseEndsThenProcessed()
    {
        var harness = new ProcessingHarness(azurite.ConnectionString, "crm");
        var text = harness.Message(SnapshotSeconds);
        // An attempt that claimed the snapshot and died before finishing (no release, no completion).
        await harness.Blobs.CreateContainerIfNotExistsAsync(SnapshotStorageLayout.DedupeContainer);
        await harness.Claims.ClaimAsync(ProcessingHarness.KeyOf(text), "crashed", harness.Processor.ClaimLease, CancellationToken.None);

        var early = await harness.Processor.ProcessAsync(text, "attempt-b");
        Assert.Equal(SnapshotProcessingOutcome.InProgressElsewhere, early.Outcome);
        Assert.False(early.Done);
        Assert.Empty(harness.RequestsTo("crm"));

        harness.Time.Advance(harness.Processor.ClaimLease);
        var late = await harness.Processor.ProcessAsync(text, "attempt-c");

        Assert.Equal(SnapshotProcessingOutcome.Processed, late.Outcome);
        Assert.Single(harness.RequestsTo("crm"));
    }

    [Fact]
    public async Task ProcessAsync_CancelledWhileDelivering_GivesTheClaimUpSoTheRetryTakesOverAtOnce()
    {
        var harness = new ProcessingHarness(azurite.ConnectionString, "crm");
        var text = harness.Message(SnapshotSeconds);
        using var cancel = new CancellationTokenSource();
        harness.Handler.Enqueue(async (_, token) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Processor.ProcessAsync(text, "attempt-a", cancel.Token));
        var retried = await harness.Processor.ProcessAsync(text, "attempt-b");

        Assert.Equal(SnapshotProcessingOutcome.Processed, retried.Outcome);
    }

    [Fact]
    public async Task ProcessAsync_OlderSnapshotAfterANewerOne_KeepsTheNewerAsLatestAndRecordsBothInHistory()
    {
        var harness = new ProcessingHarness(azurite.ConnectionString);
        await harness.Processor.ProcessAsync(harness.Message(SnapshotSeconds, "s/2.jpg"), "attempt-a");

        await harness.Processor.ProcessAsync(harness.Message(SnapshotSeconds - 5, "s/1.jpg"), "attempt-b");

        var latest = await harness.Reader.GetLatestAsync("EXAMPLE.com", "liveApp", harness.Stream);
        Assert.Equal("s/2.jpg", latest!.Snapshot.OssObject);
        var history = await harness.Reader.GetHistoryAsync(Range(harness, SnapshotSeconds - 60, SnapshotSeconds + 60));
        Assert.Equal(new[] { "s/1.jpg", "s/2.jpg" }, history.Snapshots.Select(s => s.Snapshot.OssObject));
    }

    [Fact]
    public async Task ProcessAsync_BodyNotUnderstood_IsKeptInUnrecognisedOnceAndNotDelivered()
    {
        var harness = new ProcessingHarness(azurite.ConnectionString, "crm");
        var text = harness.Json("{\"event\":\"live_snapshot\",\"stream\":\"" + harness.Stream + "\"}");

        var result = await harness.Processor.ProcessAsync(text, "attempt-a");
        var again = await harness.Processor.ProcessAsync(text, "attempt-b");

        Assert.Equal(SnapshotProcessingOutcome.Unrecognised, result.Outcome);
        Assert.Equal(SnapshotProcessingOutcome.Duplicate, again.Outcome);
        Assert.Empty(harness.RequestsTo("crm"));
        var kept = await harness.Blobs.ListAsync(SnapshotStorageLayout.UnrecognisedContainer, "");
        var blob = Assert.Single(kept, b => b.Name.EndsWith(result.DedupeKey + ".json", StringComparison.Ordinal));
        var content = await harness.Blobs.GetAsync(SnapshotStorageLayout.UnrecognisedContainer, blob.Name);
        using var document = JsonDocument.Parse(content!.Content);
        Assert.False(document.RootElement.GetProperty("Understood").GetBoolean());
        Assert.Contains(harness.Stream, document.RootElement.GetProperty("RawBody").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_TextThatIsNotAMessage_IsKeptAndFinished()
    {
        var harness = new ProcessingHarness(azurite.ConnectionString, "crm");

        var result = await harness.Processor.ProcessAsync("{\"kind\":\"something else " + harness.Stream + "\"}", "attempt-a");

        Assert.Equal(SnapshotProcessingOutcome.InvalidMessage, result.Outcome);
        Assert.True(result.Done);
        Assert.Empty(harness.Handler.Requests);
        var kept = await harness.Blobs.ListAsync(SnapshotStorageLayout.UnrecognisedContainer, "");
        Assert.Single(kept, b => b.Name.EndsWith(result.DedupeKey + ".json", StringComparison.Ordinal));
    }

    [Fact]
    public void ClaimLease_CoversEveryAttemptOfTheSlowestSubscriberAndItsBackOffs()
    {
        var harness = new ProcessingHarness(azurite.ConnectionString, "crm", "ops");
        harness.Options.DeliveryAttempts = 3;
        harness.Options.Subscribers[1].Timeout = TimeSpan.FromSeconds(30);

        // 3 × 30 s + 2 × 10 s + 1 min.
        Assert.Equal(TimeSpan.FromSeconds(170), harness.Processor.ClaimLease);
    }

    private static SnapshotHistoryQuery Range(ProcessingHarness harness, long fromSeconds, long toSeconds) =>
        new("example.com", "liveApp", harness.Stream, DateTimeOffset.FromUnixTimeSeconds(fromSeconds), DateTimeOffset.FromUnixTimeSeconds(toSeconds));
}
