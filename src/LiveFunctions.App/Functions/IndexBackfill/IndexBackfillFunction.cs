using System.Text.Json.Nodes;
using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Functions.IndexPlanner;
using LiveFunctions.App.Functions.Scheduling;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;
using LiveFunctions.Core.Scheduling;
using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Core.Validation;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Functions.IndexBackfill;

/// <summary>
/// <c>index-backfill</c>: <c>POST /api/index-backfill</c> with <see cref="IndexBackfillRequest"/> plans a range on
/// demand: it is split into whole UTC hours (<see cref="IndexBackfillPlanner"/>), the streams are found (the one named
/// stream, or the publish list), and one work item per (app, stream, hour) goes on <c>index-work</c>. Answers 202 with
/// the hours and the number of work items; 400 with the documented code for a bad range.
/// </summary>
internal static partial class IndexBackfillFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "index-backfill";

    /// <summary>The route.</summary>
    public const string Route = "/api/index-backfill";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, HandleAsync)
            .AsFunction(Name, AuthLevel.Function)
            .WithSummary("Plan hourly index files for a range (on-demand backfill)")
            .WithDescription("Splits [From, To) into whole UTC hours, finds the streams (the named one, or the publish list), and queues one work item per stream and hour on index-work. 202 with the hours and the number of work items.")
            .Accepts<IndexBackfillRequest>("application/json");

    private static async Task<IResult> HandleAsync(
        HttpContext context, IndexWorkFinder finder, WorkQueues queues, IOptions<IndexFilesOptions> options, TimeProvider time,
        ILoggerFactory loggers)
    {
        var (body, inputError) = await JsonBodyReader.ReadAsync<IndexBackfillRequest>(context.Request, [], context.RequestAborted);
        if (inputError is not null)
        {
            return JsonAnswer.Error(inputError);
        }

        var plan = IndexBackfillPlanner.Plan(body!, time.GetUtcNow(), options.Value);
        if (!plan.IsValid)
        {
            return JsonAnswer.Error(ValidationAnswer.From("The backfill", plan.Errors));
        }

        IReadOnlyList<IndexWorkItem> items;
        if (body!.IsSingleStream)
        {
            items = plan.SingleStreamItems(body);
        }
        else
        {
            try
            {
                items = await finder.FindAsync(body.DomainName!, plan.Hours, body.AppName, body.StreamName, context.RequestAborted);
            }
            catch (AlibabaApiException failure)
            {
                return ServiceErrorMapping.ToAnswer(failure, DescribeLiveStreamsPublishListOperation.Instance.Action);
            }
        }

        await queues.SendAsync(WorkQueues.IndexWork, items.Select(i => i.ToJson()).ToList(), context.RequestAborted);
        var span = new IndexHourSpan(plan.Hours[0], plan.Hours[^1]);
        LogQueued(loggers.CreateLogger(typeof(IndexBackfillFunction)), body.DomainName!, span.ToString(), items.Count, plan.WasClipped);
        var answer = new BackfillAnswer(
            body.DomainName!, AlibabaTime.ToWire(span.First.Start), AlibabaTime.ToWire(span.Last.End), span.Count, items.Count, plan.WasClipped,
            context.GetFunctionInvocationId());
        return JsonAnswer.Success(StatusCodes.Status202Accepted, JsonNode.Parse(SchedulingJson.Serialize(answer))!);
    }

    [LoggerMessage(EventId = 7431, Level = LogLevel.Information,
        Message = "Backfill of {DomainName}: {Hours}, {Count} work item(s) on index-work (To clipped: {WasClipped})")]
    private static partial void LogQueued(ILogger logger, string domainName, string hours, int count, bool wasClipped);

    /// <summary>The answer: the whole hours planned, [From, To), and how many work items were queued.</summary>
    private sealed record BackfillAnswer(string DomainName, string From, string To, int Hours, int WorkItems, bool WasClipped, string RequestId);
}
