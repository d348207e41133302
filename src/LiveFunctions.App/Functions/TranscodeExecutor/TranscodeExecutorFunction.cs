using LiveFunctions.App.Functions.Scheduling;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.GetLiveTranscodeJob;
using LiveFunctions.Core.Operations.UpdateLiveTranscodeJob;
using LiveFunctions.Core.Scheduling;
using LiveFunctions.Core.Scheduling.Records;
using LiveFunctions.Core.Scheduling.Transcode;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Functions.TranscodeExecutor;

/// <summary>
/// <c>transcode-executor</c>: reads <c>transcode-work</c>. For the job of the work item it reads the schedule and the
/// job (GetLiveTranscodeJob), asks <see cref="TranscodeRotationDecider"/>, sends UpdateLiveTranscodeJob when the
/// decision is Arm, and stores the action (shown by <c>GET …/schedule</c>). Throttling, 5xx and no answer fail the
/// invocation, so the queue retries it; a permanent update failure is recorded as a failed action; a message that is
/// not a work item, a stored schedule that no longer parses and a job that cannot be read (e.g. deleted) are logged
/// as errors and moved to <c>transcode-work-poison</c>. A schedule deleted meanwhile ends the work quietly.
/// </summary>
internal static partial class TranscodeExecutorFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "transcode-executor";

    /// <summary>The declaration (function.json: queueTrigger on <c>transcode-work</c>).</summary>
    public static QueueFunction Definition { get; } = new(Name, WorkQueues.TranscodeWork, HandleAsync);

    public static async ValueTask HandleAsync(QueueMessageInput message, FunctionContext context)
    {
        var services = context.Services;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TranscodeExecutorFunction));
        var queues = services.GetRequiredService<WorkQueues>();
        var store = services.GetRequiredService<SchedulingStore>();
        var cancel = context.CancellationToken;
        if (!TranscodeRotationWorkItem.TryParse(message.Text, out var item, out var error))
        {
            LogPoisoned(logger, "(unreadable)", message.Id, error);
            await queues.PoisonAsync(WorkQueues.TranscodeWork, message.Text, cancel);
            return;
        }

        var schedule = await store.GetScheduleAsync(item.JobId, cancel);
        if (schedule is null)
        {
            context.Log($"{Name}: {item.JobId}: the schedule was deleted; nothing to do.");
            return;
        }

        var parsed = TranscodeScheduleValidator.Parse(schedule);
        if (parsed.Rule is not { } rule)
        {
            LogPoisoned(logger, item.JobId, message.Id, "the stored schedule breaks the rules: " + string.Join(" ", parsed.Errors.Select(e => e.Message)));
            await queues.PoisonAsync(WorkQueues.TranscodeWork, message.Text, cancel);
            return;
        }

        var client = services.GetRequiredService<AlibabaClient>();
        var time = services.GetRequiredService<TimeProvider>();
        var options = services.GetRequiredService<IOptions<TranscodeRotationOptions>>().Value;

        // Two rotations of one job may run at once (the PUT's own, the timer's). Each reads the last action before it
        // reads the job and stores its own only if nobody stored one meanwhile; the one that finds it changed decides
        // again from the job as it is now (then usually "alreadyArmed"), so the record never goes back to a staler view;
        // a window this invocation armed in an earlier pass stays the last armed one.
        TranscodeScheduleAction? armed = null;
        for (var pass = 1; ; pass++)
        {
            var previous = await store.GetActionForReplaceAsync(item.JobId, cancel);
            LiveTranscodeJob job;
            try
            {
                var answer = await client.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest { JobId = item.JobId }, cancel);
                job = answer.Job ?? throw new InvalidOperationException($"GetLiveTranscodeJob answered without a Job for {item.JobId}.");
            }
            catch (AlibabaApiException failure) when (!CallRetryRules.IsRetryable(failure.StatusCode, failure.Code))
            {
                LogPoisoned(logger, item.JobId, message.Id, $"GetLiveTranscodeJob failed with {failure.Code}: {failure.Message}");
                await queues.PoisonAsync(WorkQueues.TranscodeWork, message.Text, cancel);
                return;
            }

            var now = time.GetUtcNow();
            var lastArmed = armed ?? previous?.Value;
            var decision = TranscodeRotationDecider.Decide(rule, now, TranscodeJobSnapshot.From(job), lastArmed?.LastArmedTimedConfig, options);
            var action = decision.SendsUpdate
                ? await ArmAsync(client, schedule, decision, now, previous?.Value, time, logger, cancel)
                : TranscodeScheduleAction.NoCall(item.JobId, decision, now, previous?.Value);
            if (action.Call == TranscodeCallStatus.Succeeded)
            {
                armed = action;
            }
            else if (armed is not null)
            {
                action = action with { LastArmedTimedConfig = armed.LastArmedTimedConfig, LastArmedAt = armed.LastArmedAt };
            }
            if (await store.TryReplaceActionAsync(action, previous?.ETag, cancel))
            {
                LogDecided(logger, item.JobId, action.Decision.ToString(), action.Call.ToString(), action.Reason);
                context.Log($"{Name}: {item.JobId}: {action.Decision} ({action.Call}): {action.Reason}");
                return;
            }

            LogConcurrentRotation(logger, item.JobId, pass);
            if (pass == MaxPasses)
            {
                throw new InvalidOperationException(
                    $"Transcode job {item.JobId}: other rotations stored actions {MaxPasses} times while this one decided; the queue retries it.");
            }
        }
    }

    private static async Task<TranscodeScheduleAction> ArmAsync(
        AlibabaClient client, Core.Scheduling.Transcode.TranscodeSchedule schedule, TranscodeDecision decision, DateTimeOffset now,
        TranscodeScheduleAction? previous, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var jobId = schedule.JobId!;
        try
        {
            var answer = await client.UpdateLiveTranscodeJobAsync(decision.ToUpdateRequest(schedule), cancellationToken);
            return TranscodeScheduleAction.Succeeded(jobId, decision, now, previous, answer.RequestId, time.GetUtcNow());
        }
        catch (AlibabaApiException failure) when (!CallRetryRules.IsRetryable(failure.StatusCode, failure.Code))
        {
            LogArmFailed(logger, jobId, decision.TimedConfig?.StartTime, decision.TimedConfig?.EndTime, failure.Code, failure.Message);
            return TranscodeScheduleAction.Failed(jobId, decision, now, previous, failure.Code, failure.Message, failure.RequestId);
        }
    }

    /// <summary>How often one invocation decides again after another rotation of the job stored an action meanwhile.</summary>
    private const int MaxPasses = 3;

    [LoggerMessage(EventId = 7454, Level = LogLevel.Information,
        Message = "Rotation of transcode job {JobId}: another rotation stored an action while this one decided (pass {Pass}); deciding again from the job as it is now")]
    private static partial void LogConcurrentRotation(ILogger logger, string jobId, int pass);

    [LoggerMessage(EventId = 7451, Level = LogLevel.Information, Message = "Rotation of transcode job {JobId}: {Decision}, call {Call}: {Reason}")]
    private static partial void LogDecided(ILogger logger, string jobId, string decision, string call, string reason);

    [LoggerMessage(EventId = 7452, Level = LogLevel.Error,
        Message = "Arming transcode job {JobId} with [{StartTime}, {EndTime}) failed permanently: {Code}: {ErrorMessage}; the failed action is recorded, the next rotation tries again")]
    private static partial void LogArmFailed(ILogger logger, string jobId, string? startTime, string? endTime, string code, string errorMessage);

    [LoggerMessage(EventId = 7453, Level = LogLevel.Error,
        Message = "Rotation of transcode job {JobId} (message {MessageId}) cannot be done and moves to transcode-work-poison: {Reason}")]
    private static partial void LogPoisoned(ILogger logger, string jobId, string messageId, string reason);
}
