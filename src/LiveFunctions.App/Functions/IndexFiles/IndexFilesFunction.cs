using System.Text.Json.Nodes;
using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.Core.Scheduling;
using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Core.Scheduling.Records;
using LiveFunctions.Core.Validation;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Functions.IndexFiles;

/// <summary>
/// <c>index-files</c>: <c>GET /api/domains/{DomainName}/index-files?from=&amp;to=</c> lists the recorded outcomes per
/// stream and hour of [from, to) (from rounded down, to rounded up to whole UTC hours; at most
/// <c>IndexFiles:MaxRangeHours</c> hours): created (RecordUrl, Duration), empty, failed (Code, Message). Hours without a
/// record (not planned yet, or still on the queue) are not listed.
/// </summary>
internal static class IndexFilesFunction
{
    /// <summary>The function name.</summary>
    public const string Name = "index-files";

    /// <summary>The route.</summary>
    public const string Route = "/api/domains/{DomainName}/index-files";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, HandleAsync)
            .AsFunction(Name, AuthLevel.Function)
            .WithSummary("List the hourly index outcomes of a domain")
            .WithDescription("The recorded outcome per stream and UTC hour of [from, to): created (RecordUrl, Duration), empty, failed (Code, Message).");

    private static async Task<IResult> HandleAsync(string domainName, HttpContext context, SchedulingStore store, IOptions<IndexFilesOptions> options)
    {
        var errors = new List<ValidationError>();
        var from = ValidationRules.RequiredTime(context.Request.Query["from"].ToString(), "From", errors);
        var to = ValidationRules.RequiredTime(context.Request.Query["to"].ToString(), "To", errors);
        if (from is { } start && to is { } end)
        {
            if (end <= start)
            {
                errors.Add(Mismatch("To", "to must be later than from."));
            }
            else if (IndexHour.Containing(start).HoursUntil(IndexHour.StartingAtOrAfter(end).Previous) + 1 > options.Value.MaxRangeHours)
            {
                errors.Add(Mismatch("To", $"at most {options.Value.MaxRangeHours} hours (IndexFiles:MaxRangeHours) can be listed at once."));
            }
        }

        if (errors.Count > 0)
        {
            return JsonAnswer.Error(ValidationAnswer.From("The listing", errors));
        }

        var first = IndexHour.Containing(from!.Value);
        var last = IndexHour.StartingAtOrAfter(to!.Value).Previous;
        var outcomes = await store.ListOutcomesAsync(domainName, first, last, context.RequestAborted);
        var answer = new IndexFilesAnswer(
            domainName,
            AlibabaTime.ToWire(first.Start),
            AlibabaTime.ToWire(last.End),
            outcomes.Count(o => o.Status == IndexOutcomeStatus.Created),
            outcomes.Count(o => o.Status == IndexOutcomeStatus.Empty),
            outcomes.Count(o => o.Status == IndexOutcomeStatus.Failed),
            outcomes);
        return JsonAnswer.Success(StatusCodes.Status200OK, JsonNode.Parse(SchedulingJson.Serialize(answer))!);
    }

    private static ValidationError Mismatch(string parameter, string rule) =>
        new($"Invalid{parameter}.Mismatch", $"Specified {parameter} does not match the allowed range: {rule}", parameter);

    /// <summary>The answer: the hours covered, [From, To), the counts per status, and the outcomes by hour, AppName, StreamName.</summary>
    private sealed record IndexFilesAnswer(
        string DomainName, string From, string To, int Created, int Empty, int Failed, IReadOnlyList<IndexOutcome> Outcomes);
}
