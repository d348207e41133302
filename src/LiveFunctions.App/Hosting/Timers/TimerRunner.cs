using System.Text.Json.Nodes;
using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.App.Hosting.Timers.Cron;

namespace LiveFunctions.App.Hosting.Timers;

/// <summary>
/// Drives one timer function standalone, with the semantics of the host's timer listener and schedule monitor:
/// <list type="bullet">
/// <item>start: no stored status → record the next occurrence, not past due; a stored status whose Next is already
/// over → fire once now with IsPastDue=true (missed occurrences are not replayed one by one); when the schedule
/// changed and now yields an earlier occurrence, that one is used;</item>
/// <item>each occurrence: claim it in the store (<see cref="TimerStatusRecord"/>: only one of several instances sharing
/// the store wins and runs it), invoke with the status as it was (Last = previous occurrence, Next = this one), then
/// store Last = this occurrence, Next = the first occurrence after the invocation ended, LastUpdated = now; an
/// invocation that runs past later occurrences skips them (no overlapping runs in one instance);</item>
/// <item>a wake-up so late that the following occurrence is also over (the machine slept) is flagged IsPastDue;</item>
/// <item>a run cut short by shutdown gives the claim back, so the next start sees the occurrence as past due.</item>
/// </list>
/// </summary>
internal sealed class TimerRunner(
    TimerFunction function, CronSchedule schedule, ITimerStatusStore store, FunctionDispatcher dispatcher,
    IQueueOutputWriter outputWriter, HostJsonOptions hostJson, TimeProvider time, ILogger logger)
{
    // Task.Delay cannot wait longer than ~49 days; yearly schedules (Feb 29) wait in steps.
    private static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);
    private readonly TimerStatusRecord _record = new(function.Name, store, logger);

    public TimerFunction Function => function;

    public CronSchedule Schedule => schedule;

    /// <summary>The status as last stored (null before start, or when the schedule never fires).</summary>
    public ScheduleStatus? Status { get; private set; }

    /// <summary>Reads the stored status and decides whether the timer is past due (then the caller fires it now).</summary>
    public async Task<bool> InitializeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await _record.RefreshAsync(cancellationToken);
        var stored = _record.Stored;
        if (stored is null)
        {
            if (schedule.GetNextOccurrence(now) is not { } first)
            {
                Status = null;
                return false;
            }

            Status = new ScheduleStatus(DateTimeOffset.MinValue, first, now);
            if (await _record.TryReplaceAsync(Status, cancellationToken) is not WriteOutcome.Conflict || _record.Stored is null)
            {
                return false;
            }

            // Another instance sharing the store wrote the first status at the same time: go by its status.
            stored = _record.Stored;
        }

        var expected = schedule.GetNextOccurrence(stored.LastUpdated);
        Status = expected is { } e && e < stored.Next ? stored with { Next = e } : stored;
        return now > Status.Next;
    }

    /// <summary>
    /// Claims the occurrence <see cref="Status"/>.Next, invokes the function for it (unless another instance claimed
    /// it) and stores the new status.
    /// </summary>
    public async Task FireAsync(bool isPastDue, CancellationToken cancellationToken)
    {
        var status = Status ?? throw new InvalidOperationException("The timer has no pending occurrence.");
        var occurrence = status.Next;
        var claimedAt = time.GetUtcNow();
        var claim = new ScheduleStatus(occurrence, schedule.GetNextOccurrence(claimedAt) ?? occurrence, claimedAt);
        var outcome = await _record.ClaimAsync(occurrence, claim, cancellationToken);
        if (outcome == ClaimOutcome.Taken)
        {
            TimerStatusLog.OccurrenceTaken(logger, function.Name, occurrence);
            Status = Adopt(_record.Stored ?? claim);
            return;
        }

        if (!await InvokeAsync(status, isPastDue, cancellationToken))
        {
            // Stopped mid-run: give the claim back so the next start sees the occurrence as past due.
            if (outcome == ClaimOutcome.Won)
            {
                await _record.TryReplaceAsync(status, CancellationToken.None);
            }

            return;
        }

        var now = time.GetUtcNow();
        if (schedule.GetNextOccurrence(now) is not { } next)
        {
            Status = null;
            return;
        }

        var held = await _record.CompleteAsync(occurrence, new ScheduleStatus(occurrence, next, now), cancellationToken);
        Status = held.Last > occurrence ? Adopt(held) : held;
    }

    /// <summary>Invokes the function and writes its outputs; false when the run was cut short by shutdown.</summary>
    private async Task<bool> InvokeAsync(ScheduleStatus status, bool isPastDue, CancellationToken cancellationToken)
    {
        var info = new TimerInfo(status, isPastDue);
        var invocationId = Guid.NewGuid().ToString();
        var envelope = EnvelopeBuilder.Build(function.Name, time.GetUtcNow(), new JsonObject { [function.TriggerName] = info.ToEnvelope() });

        using var timeout = FunctionTimeout.Create(hostJson, time, cancellationToken);
        var response = await dispatcher.DispatchAsync(function, envelope, invocationId, timeout.Token);
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        if (response.Succeeded)
        {
            try
            {
                await QueueOutputs.WriteAllAsync(outputWriter, response, timeout.Token);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                HostingLog.OutputWriteFailed(logger, exception, function.Name, invocationId);
            }
        }

        return true;
    }

    /// <summary>Another instance's status, with this instance's next wait: the first occurrence still ahead.</summary>
    private ScheduleStatus? Adopt(ScheduleStatus other)
    {
        var now = time.GetUtcNow();
        if (other.Next > now)
        {
            return other;
        }

        return schedule.GetNextOccurrence(now) is { } next ? other with { Next = next } : null;
    }

    /// <summary>The scheduler loop: start check, then wait for and fire every occurrence until stopped.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await InitializeAsync(cancellationToken))
        {
            HostingLog.TimerPastDue(logger, function.Name, Status!.Next);
            await FireAsync(isPastDue: true, cancellationToken);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            if (Status is not { } status)
            {
                HostingLog.TimerNeverFires(logger, function.Name, schedule.Expression);
                return;
            }

            HostingLog.TimerScheduled(logger, function.Name, schedule.Expression, status.Next);
            await DelayUntilAsync(status.Next, cancellationToken);
            var following = schedule.GetNextOccurrence(status.Next);
            var late = following is { } f && time.GetUtcNow() >= f;
            await FireAsync(late, cancellationToken);
        }
    }

    private async Task DelayUntilAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        TimeSpan remaining;
        while ((remaining = due - time.GetUtcNow()) > TimeSpan.Zero)
        {
            await Task.Delay(remaining < MaxWait ? remaining : MaxWait, time, cancellationToken);
        }
    }
}
