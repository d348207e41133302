using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.RecordIndex;

/// <summary>One created M3U8 index file, as CreateLiveStreamRecordIndexFiles answers it and the Describe actions list it.</summary>
internal sealed record RecordIndexInfo(
    string RecordId,
    string RecordUrl,
    string DomainName,
    string AppName,
    string StreamName,
    string OssEndpoint,
    string OssBucket,
    string OssObject,
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    double Duration,
    int Height,
    int Width,
    DateTimeOffset CreateTime)
{
    /// <summary>The fixed simulated video size.</summary>
    public const int SimulatedHeight = 720;

    /// <summary>The fixed simulated video size.</summary>
    public const int SimulatedWidth = 1280;

    /// <summary>The wire object (<c>RecordInfo</c> / <c>RecordIndexInfo</c>); <paramref name="withFormat"/> adds <c>Format</c> (Describe only).</summary>
    public JsonObject ToJson(bool withFormat)
    {
        var json = new JsonObject
        {
            ["RecordId"] = RecordId,
            ["RecordUrl"] = RecordUrl,
            ["DomainName"] = DomainName,
            ["AppName"] = AppName,
            ["StreamName"] = StreamName,
            ["OssEndpoint"] = OssEndpoint,
            ["OssBucket"] = OssBucket,
            ["OssObject"] = OssObject,
            ["StartTime"] = WireTime.Format(StartTime),
            ["EndTime"] = WireTime.Format(EndTime),
            ["Duration"] = Duration,
            ["Height"] = Height,
            ["Width"] = Width,
            ["CreateTime"] = WireTime.Format(CreateTime),
        };
        if (withFormat)
        {
            json["Format"] = "m3u8";
        }

        return json;
    }
}
