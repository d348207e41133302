using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.App.Hosting.Invocation;

namespace LiveFunctions.App.Hosting.Timers;

/// <summary>
/// The schedule status the host's monitor keeps for a timer: the last occurrence that fired, the next one expected,
/// and when the record was written. <see cref="Last"/> is <see cref="DateTimeOffset.MinValue"/> before the first run.
/// </summary>
internal sealed record ScheduleStatus(DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated);

/// <summary>
/// The timer trigger input (<c>Data.timer</c>): {Schedule:{AdjustForDST}, ScheduleStatus (or null), IsPastDue}.
/// IsPastDue is true when the invocation is late, e.g. the first one after downtime.
/// </summary>
internal sealed record TimerInfo(ScheduleStatus? ScheduleStatus, bool IsPastDue, bool AdjustForDst = true)
{
    /// <summary>Reads <c>Data.timer</c>; <c>ScheduleStatus: null</c> (no monitor data) gives a null status.</summary>
    public static TimerInfo FromEnvelope(JsonElement timer)
    {
        var statusElement = EnvelopeValues.ReadObject(EnvelopeValues.Member(timer, "ScheduleStatus"));
        ScheduleStatus? status = null;
        if (statusElement is { } s
            && EnvelopeValues.ReadTime(EnvelopeValues.Member(s, "Next")) is { } next)
        {
            var last = EnvelopeValues.ReadTime(EnvelopeValues.Member(s, "Last")) ?? DateTimeOffset.MinValue;
            var updated = EnvelopeValues.ReadTime(EnvelopeValues.Member(s, "LastUpdated")) ?? last;
            status = new ScheduleStatus(last, next, updated);
        }

        var schedule = EnvelopeValues.ReadObject(EnvelopeValues.Member(timer, "Schedule"));
        var adjust = schedule is { } sch && EnvelopeValues.ReadBoolean(EnvelopeValues.Member(sch, "AdjustForDST"), true);
        return new TimerInfo(status, EnvelopeValues.ReadBoolean(EnvelopeValues.Member(timer, "IsPastDue"), false), schedule is null || adjust);
    }

    /// <summary>The <c>Data.timer</c> object, in the host's shape.</summary>
    public JsonObject ToEnvelope() => new()
    {
        ["Schedule"] = new JsonObject { ["AdjustForDST"] = AdjustForDst },
        ["ScheduleStatus"] = ScheduleStatus is null
            ? null
            : new JsonObject
            {
                ["Last"] = ScheduleStatus.Last,
                ["Next"] = ScheduleStatus.Next,
                ["LastUpdated"] = ScheduleStatus.LastUpdated,
            },
        ["IsPastDue"] = IsPastDue,
    };
}
