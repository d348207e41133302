using System.Text;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.LiveConfig;
using LiveFunctions.Emulator.Protocol;
using LiveFunctions.Emulator.Simulation.ObjectStorage;
using LiveFunctions.Emulator.Simulation.Recording;
using LiveFunctions.Emulator.Simulation.Streams;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Simulation.RecordIndex;

/// <summary>
/// Live <c>CreateLiveStreamRecordIndexFiles</c>: writes an M3U8 of the TS segments whose start lies in
/// [StartTime, EndTime) (plus the next one of the same session with EndTimeIncluded) to OssBucket/OssObject.
/// </summary>
internal sealed class CreateLiveStreamRecordIndexFilesAction(
    StreamSessionStore sessions,
    RecordingService recording,
    ObjectStore objects,
    RecordIndexStore indexes,
    LiveConfigStore configs,
    EmulatorBaseUrl baseUrl,
    IOptions<SimulationOptions> options)
{
    /// <summary>Handles one call.</summary>
    public ActionResult Handle(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = CreateIndexRequest.Read(context, out var error);
        if (request is null)
        {
            return ActionResult.Fail(error!);
        }

        var now = context.Now;
        var kind = recording.Classify(request.DomainName, request.AppName, request.StreamName, out var plan);
        // "At least one TS segment": the stream's slice length, or the documented default without an m3u8 config.
        var slice = plan?.Slice ?? TimeSpan.FromSeconds(RecordingPlan.DefaultSliceSeconds);
        if (request.EndTime - request.StartTime < slice)
        {
            return ActionResult.Fail(ServiceErrors.IndexEndTimeMismatch());
        }

        if (!IsOwnBucket(request.OssBucket))
        {
            return ActionResult.Fail(ServiceErrors.IndexBucketNotFound());
        }

        var streamSessions = sessions.ForStream(request.DomainName, request.AppName, request.StreamName).Where(s => s.StartTime <= now).ToList();
        if (streamSessions.Count == 0)
        {
            return ActionResult.Fail(ServiceErrors.IndexStreamNotFound());
        }

        if (kind == RecordingKind.FlvOrMp4Only)
        {
            return ActionResult.Fail(ServiceErrors.IndexOperationNotSupport());
        }

        if (kind == RecordingKind.None)
        {
            return ActionResult.Fail(ServiceErrors.IndexNoRecordContent());
        }

        var segments = recording.StartingIn(streamSessions, plan!, now, request.StartTime, request.EndTime);
        if (segments.Count == 0)
        {
            return ActionResult.Fail(ServiceErrors.IndexNoRecordContent());
        }

        if (request.EndTimeIncluded)
        {
            var last = segments[^1];
            var next = recording.After(streamSessions.First(s => s.Id == last.SessionId), last, plan!, now);
            if (next is not null)
            {
                segments.Add(next);
            }
        }

        if (segments.Select(s => s.Bucket).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            return ActionResult.Fail(ServiceErrors.IndexConfigChanged());
        }

        return ActionResult.Ok(new JsonObject { ["RecordInfo"] = Write(request, segments, now).ToJson(withFormat: false) });
    }

    private RecordIndexInfo Write(CreateIndexRequest request, List<RecordSegment> segments, DateTimeOffset now)
    {
        recording.Store(segments);
        var key = request.ExpandedObject();
        var root = baseUrl.Get();
        objects.Put(request.OssBucket, key, Encoding.UTF8.GetBytes(M3u8Writer.Write(segments, request.OssBucket, key, root)));
        var duration = Math.Round(segments.Sum(s => s.Duration.TotalSeconds), 3);
        var record = new RecordIndexInfo(
            Guid.NewGuid().ToString(),
            root + ObjectKeys.UrlPath(request.OssBucket, key),
            request.DomainName,
            request.AppName,
            request.StreamName,
            request.OssEndpoint,
            request.OssBucket,
            key,
            request.StartTime,
            request.EndTime,
            duration,
            RecordIndexInfo.SimulatedHeight,
            RecordIndexInfo.SimulatedWidth,
            now);
        indexes.Add(record);
        return record;
    }

    // The caller's buckets: configured ones, those its recording and snapshot configs name, and any holding objects.
    private bool IsOwnBucket(string bucket) =>
        options.Value.Buckets.Contains(bucket, StringComparer.Ordinal)
        || objects.HasBucket(bucket)
        || configs.RecordConfigs.Values.Any(c => c.OssBucket == bucket)
        || configs.SnapshotConfigs.Values.Any(c => c.OssBucket == bucket);
}
