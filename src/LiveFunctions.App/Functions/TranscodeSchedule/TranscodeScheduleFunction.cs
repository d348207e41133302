using System.Text.Json.Nodes;
using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Functions.Scheduling;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.GetLiveTranscodeJob;
using LiveFunctions.Core.Scheduling;
using LiveFunctions.Core.Scheduling.Records;
using LiveFunctions.Core.Scheduling.Transcode;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Functions.TranscodeSchedule;

/// <summary>
/// <c>transcode-schedule</c>: <c>PUT/GET/DELETE /api/transcode-jobs/{JobId}/schedule</c>. PUT registers (or replaces)
/// the recurring window of an existing timed ICE job (checked with GetLiveTranscodeJob), stores it, and queues one
/// rotation work item for the job at once, so it is armed without waiting for the timer; it answers like GET. GET
/// shows the schedule, the last action and the next windows; DELETE removes the schedule and its action record.
/// </summary>
internal static partial class TranscodeScheduleFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "transcode-schedule";

    /// <summary>The route.</summary>
    public const string Route = "/api/transcode-jobs/{JobId}/schedule";

    /// <summary>The code of a job that is not timed (StartMode 0).</summary>
    public const string NotTimedJobCode = "Forbidden.NotTimedJob";

    /// <summary>The code of a job without a schedule.</summary>
    public const string ScheduleNotFoundCode = "ScheduleNotFound";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut(Route, PutAsync)
            .AsFunction(Name, AuthLevel.Function)
            .WithSummary("Register the recurring window of a timed ICE transcoding job")
            .WithDescription("Days of week (or Daily), local start time, duration and IANA time zone; the rotation keeps the job's TimedConfig armed with the next window inside the 7-day limit.")
            .Accepts<Core.Scheduling.Transcode.TranscodeSchedule>("application/json");
        endpoints.MapGet(Route, GetAsync)
            .AsFunction(Name, AuthLevel.Function)
            .WithSummary("Show a job's schedule, its last action and the next windows");
        endpoints.MapDelete(Route, DeleteAsync)
            .AsFunction(Name, AuthLevel.Function)
            .WithSummary("Remove a job's schedule");
    }

    private static async Task<IResult> PutAsync(
        string jobId, HttpContext context, AlibabaClient client, SchedulingStore store, WorkQueues queues,
        IOptions<TranscodeRotationOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        var (body, inputError) = await JsonBodyReader.ReadAsync<Core.Scheduling.Transcode.TranscodeSchedule>(context.Request, [new("JobId", jobId)], context.RequestAborted);
        if (inputError is not null)
        {
            return JsonAnswer.Error(inputError);
        }

        var schedule = body! with { JobId = jobId };
        var parsed = TranscodeScheduleValidator.Parse(schedule);
        if (parsed.Rule is not { } rule)
        {
            return JsonAnswer.Error(ValidationAnswer.From("The schedule", parsed.Errors));
        }

        LiveTranscodeJob? job;
        try
        {
            job = (await client.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest { JobId = jobId }, context.RequestAborted)).Job;
        }
        catch (AlibabaApiException failure)
        {
            return ServiceErrorMapping.ToAnswer(failure, GetLiveTranscodeJobOperation.Instance.Action);
        }

        if (job is null || job.StartMode != TranscodeJobSnapshot.TimedStartMode)
        {
            return JsonAnswer.Error(
                StatusCodes.Status403Forbidden, NotTimedJobCode,
                $"The job {jobId} is not a timed job (StartMode {job?.StartMode}); only a timed job (StartMode 1) can follow a schedule.",
                context.GetFunctionInvocationId());
        }

        var replaced = await store.GetScheduleAsync(jobId, context.RequestAborted) is not null;
        await store.PutScheduleAsync(schedule, context.RequestAborted);
        var now = time.GetUtcNow();
        await queues.SendAsync(WorkQueues.TranscodeWork, [new TranscodeRotationWorkItem(jobId, now).ToJson()], context.RequestAborted);
        LogRegistered(loggers.CreateLogger(typeof(TranscodeScheduleFunction)), jobId, replaced);
        var lastAction = await store.GetActionAsync(jobId, context.RequestAborted);
        return Status(replaced ? StatusCodes.Status200OK : StatusCodes.Status201Created, schedule, rule, lastAction, now, options.Value);
    }

    private static async Task<IResult> GetAsync(
        string jobId, HttpContext context, SchedulingStore store, IOptions<TranscodeRotationOptions> options, TimeProvider time)
    {
        var schedule = await store.GetScheduleAsync(jobId, context.RequestAborted);
        if (schedule is null)
        {
            return NotFound(jobId, context);
        }

        var parsed = TranscodeScheduleValidator.Parse(schedule);
        if (parsed.Rule is not { } rule)
        {
            // Registered under rules that have changed since (or edited by hand): show why, the rotation skips it.
            return JsonAnswer.Error(ValidationAnswer.From("The stored schedule", parsed.Errors));
        }

        var lastAction = await store.GetActionAsync(jobId, context.RequestAborted);
        return Status(StatusCodes.Status200OK, schedule, rule, lastAction, time.GetUtcNow(), options.Value);
    }

    private static async Task<IResult> DeleteAsync(string jobId, HttpContext context, SchedulingStore store, ILoggerFactory loggers)
    {
        if (!await store.DeleteScheduleAsync(jobId, context.RequestAborted))
        {
            return NotFound(jobId, context);
        }

        LogDeleted(loggers.CreateLogger(typeof(TranscodeScheduleFunction)), jobId);
        return Results.NoContent();
    }

    private static JsonAnswer Status(
        int statusCode, Core.Scheduling.Transcode.TranscodeSchedule schedule, TranscodeWindowRule rule, TranscodeScheduleAction? lastAction,
        DateTimeOffset now, TranscodeRotationOptions options)
    {
        var status = TranscodeScheduleStatus.Create(schedule, rule, lastAction, now, options.NextWindowsCount);
        return JsonAnswer.Success(statusCode, JsonNode.Parse(SchedulingJson.Serialize(status))!);
    }

    private static JsonAnswer NotFound(string jobId, HttpContext context) =>
        JsonAnswer.Error(
            StatusCodes.Status404NotFound, ScheduleNotFoundCode, $"No schedule is registered for the job {jobId}.", context.GetFunctionInvocationId());

    [LoggerMessage(EventId = 7441, Level = LogLevel.Information, Message = "Schedule of transcode job {JobId} registered (replaced: {Replaced}); a rotation is queued")]
    private static partial void LogRegistered(ILogger logger, string jobId, bool replaced);

    [LoggerMessage(EventId = 7442, Level = LogLevel.Information, Message = "Schedule of transcode job {JobId} deleted")]
    private static partial void LogDeleted(ILogger logger, string jobId);
}
