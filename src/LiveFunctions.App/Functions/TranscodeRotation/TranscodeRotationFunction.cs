using System.Text.Json.Nodes;
using LiveFunctions.App.Functions.Scheduling;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Timers;
using LiveFunctions.Core.Scheduling.Records;
using LiveFunctions.Core.Scheduling.Transcode;

namespace LiveFunctions.App.Functions.TranscodeRotation;

/// <summary>
/// <c>transcode-rotation</c>: the timer (<c>%TranscodeWindowsSchedule%</c>, default every 15 minutes) puts one
/// <see cref="TranscodeRotationWorkItem"/> per registered schedule on <c>transcode-work</c>; the executor decides and arms.
/// </summary>
internal static class TranscodeRotationFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "transcode-rotation";

    /// <summary>The app setting with the schedule.</summary>
    public const string ScheduleSetting = "TranscodeWindowsSchedule";

    /// <summary>The schedule when the setting is absent (standalone).</summary>
    public const string DefaultSchedule = "0 */15 * * * *";

    /// <summary>The output binding of the work items.</summary>
    public const string WorkBinding = "work";

    /// <summary>The declaration (function.json: timerTrigger, queue output <c>transcode-work</c>).</summary>
    public static TimerFunction Definition { get; } =
        new(Name, ScheduleSetting, DefaultSchedule, HandleAsync, [new QueueOutputBinding(WorkBinding, WorkQueues.TranscodeWork)]);

    public static async ValueTask HandleAsync(TimerInfo timer, FunctionContext context)
    {
        var store = context.Services.GetRequiredService<SchedulingStore>();
        var now = context.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var jobIds = await store.ListScheduledJobIdsAsync(context.CancellationToken);
        foreach (var jobId in jobIds)
        {
            context.Outputs.AddQueueMessage(WorkBinding, JsonNode.Parse(new TranscodeRotationWorkItem(jobId, now).ToJson())!);
        }

        context.Log($"{Name}: {jobIds.Count} schedule(s) queued for a rotation decision (past due: {timer.IsPastDue}).");
    }
}
