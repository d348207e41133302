using System.Globalization;
using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.App.Hosting.Http;
using LiveFunctions.Core.Callbacks.Processing;

namespace LiveFunctions.App.Functions.SnapshotReplayPoison;

/// <summary>
/// <c>snapshot-replay-poison</c>: <c>POST /api/callbacks/snapshot/replay-poison[?max=N]</c> moves up to N (1 to 1000,
/// default 1000) messages of <c>snapshot-callbacks-poison</c> back to <c>snapshot-callbacks</c> after the cause of their
/// failure is fixed, and answers how many it moved.
/// </summary>
internal static class ReplayPoisonEndpoint
{
    public const string FunctionName = "snapshot-replay-poison";
    public const string Route = "/api/callbacks/snapshot/replay-poison";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, ReplayAsync).AsFunction(FunctionName, AuthLevel.Function);

    private static async Task<IResult> ReplayAsync(SnapshotPoisonReplay replay, HttpContext context)
    {
        var requestId = context.GetFunctionInvocationId();
        var max = SnapshotPoisonReplay.MaxMessages;
        var text = context.Request.Query["max"].ToString();
        if (text.Length > 0
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max < 1 || max > SnapshotPoisonReplay.MaxMessages))
        {
            return JsonAnswer.Error(
                StatusCodes.Status400BadRequest, "InvalidMax.Malformed", $"'max' must be a whole number from 1 to {SnapshotPoisonReplay.MaxMessages}.", requestId);
        }

        var result = await replay.ReplayAsync(max, context.RequestAborted);
        return JsonAnswer.Success(StatusCodes.Status200OK, new ReplayBody(result.Replayed, result.Remaining, requestId));
    }

    /// <summary>The answer: messages moved, and about how many are left in the poison queue.</summary>
    private sealed record ReplayBody(int Replayed, int Remaining, string RequestId);
}
