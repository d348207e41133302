using LiveFunctions.App.Functions.Scheduling;
using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Invocation;
using LiveFunctions.App.Hosting.Queues;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;
using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Core.Scheduling.Records;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Functions.IndexExecutor;

/// <summary>
/// <c>index-executor</c>: reads <c>index-work</c> and creates the manifest of one stream and hour with
/// CreateLiveStreamRecordIndexFiles, then records the outcome (docs/scheduling.md, "Outcome classes"):
/// <list type="bullet">
/// <item>an hour that already has a final outcome (created or empty) is not called again;</item>
/// <item>created → <c>created</c>; NoRecordContent / InvalidStream.NotFound → <c>empty</c>;</item>
/// <item>throttling, 5xx, no answer → the invocation fails and the queue retries it (on the last attempt <c>failed</c>
/// is recorded first);</item>
/// <item>any other failure (a broken rule, another 4xx) and a message that is not a work item → <c>failed</c> is
/// recorded, logged as an error, and the message moves to <c>index-work-poison</c> at once.</item>
/// </list>
/// Its concurrency is the queue trigger's: host.json <c>extensions.queues.batchSize</c> and <c>newBatchThreshold</c>
/// (settings <c>AzureFunctionsJobHost__extensions__queues__batchSize</c>, …).
/// </summary>
internal static partial class IndexExecutorFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "index-executor";

    /// <summary>The declaration (function.json: queueTrigger on <c>index-work</c>).</summary>
    public static QueueFunction Definition { get; } = new(Name, WorkQueues.IndexWork, HandleAsync);

    public static async ValueTask HandleAsync(QueueMessageInput message, FunctionContext context)
    {
        var services = context.Services;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IndexExecutorFunction));
        var queues = services.GetRequiredService<WorkQueues>();
        if (!IndexWorkItem.TryParse(message.Text, out var item, out var error))
        {
            LogPoisoned(logger, "(unreadable)", message.Id, "NotAWorkItem", error);
            await queues.PoisonAsync(WorkQueues.IndexWork, message.Text, context.CancellationToken);
            return;
        }

        var store = services.GetRequiredService<SchedulingStore>();
        var existing = await store.GetOutcomeAsync(item, context.CancellationToken);
        if (existing is { IsFinal: true })
        {
            context.Log($"{Name}: {item.Id} already has the outcome {existing.Status}; not created again.");
            return;
        }

        var options = services.GetRequiredService<IOptions<IndexFilesOptions>>().Value;
        var client = services.GetRequiredService<AlibabaClient>();
        var time = services.GetRequiredService<TimeProvider>();
        var request = IndexRecordRequestBuilder.Build(item, options);
        var attemptedAt = time.GetUtcNow();
        try
        {
            var response = await client.CreateLiveStreamRecordIndexFilesAsync(request, context.CancellationToken);
            await store.PutOutcomeAsync(IndexOutcome.Created(item, request.OssObject, response, attemptedAt), context.CancellationToken);
            context.Log($"{Name}: {item.Id}: created {response.RecordInfo?.RecordUrl} ({response.RecordInfo?.Duration} s).");
        }
        catch (AlibabaApiException failure)
        {
            await HandleFailureAsync(item, request, failure, message, attemptedAt, context, logger);
        }
    }

    private static async Task HandleFailureAsync(
        IndexWorkItem item, CreateLiveStreamRecordIndexFilesRequest request, AlibabaApiException failure, QueueMessageInput message,
        DateTimeOffset attemptedAt, FunctionContext context, ILogger logger)
    {
        var store = context.Services.GetRequiredService<SchedulingStore>();
        switch (IndexCallClassifier.Classify(failure.StatusCode, failure.Code))
        {
            case IndexCallClass.Empty:
                await store.PutOutcomeAsync(
                    IndexOutcome.Empty(item, request.OssObject, failure.Code, failure.Message, failure.RequestId, attemptedAt), context.CancellationToken);
                context.Log($"{Name}: {item.Id}: empty ({failure.Code}).");
                return;

            case IndexCallClass.Retryable:
                var maxDequeueCount = context.Services.GetRequiredService<IOptions<HostJsonOptions>>().Value.Extensions.Queues.MaxDequeueCount;
                if (message.DequeueCount >= maxDequeueCount)
                {
                    await store.PutOutcomeAsync(
                        IndexOutcome.Failed(item, request.OssObject, failure.Code, failure.Message, failure.RequestId, attemptedAt), context.CancellationToken);
                    LogPoisoned(logger, item.Id, message.Id, failure.Code, $"still failing after {message.DequeueCount} attempts: {failure.Message}");
                }
                else
                {
                    LogRetrying(logger, item.Id, message.Id, message.DequeueCount, maxDequeueCount, failure.Code, failure.Message);
                }

                throw new IndexWorkNotDoneException(item, failure);

            default:
                await store.PutOutcomeAsync(
                    IndexOutcome.Failed(item, request.OssObject, failure.Code, failure.Message, failure.RequestId, attemptedAt), context.CancellationToken);
                LogPoisoned(logger, item.Id, message.Id, failure.Code, failure.Message);
                await context.Services.GetRequiredService<WorkQueues>().PoisonAsync(WorkQueues.IndexWork, message.Text, context.CancellationToken);
                return;
        }
    }

    [LoggerMessage(EventId = 7421, Level = LogLevel.Warning,
        Message = "Index {WorkItem} (message {MessageId}) failed attempt {Attempt} of {MaxAttempts} with {Code}: {ErrorMessage}; the queue retries it")]
    private static partial void LogRetrying(ILogger logger, string workItem, string messageId, long attempt, int maxAttempts, string code, string errorMessage);

    [LoggerMessage(EventId = 7422, Level = LogLevel.Error,
        Message = "Index {WorkItem} (message {MessageId}) cannot be created and moves to index-work-poison: {Code}: {Reason}. The outcome 'failed' is recorded; fix the cause, then POST /api/index-backfill for that hour")]
    private static partial void LogPoisoned(ILogger logger, string workItem, string messageId, string code, string reason);
}

/// <summary>Fails the executor's invocation so the queue retries the work item.</summary>
internal sealed class IndexWorkNotDoneException(IndexWorkItem item, AlibabaApiException failure)
    : Exception($"{item.Id}: {failure.Code}: {failure.Message}", failure);
