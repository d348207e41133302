using System.Globalization;
using System.Text.Json;

namespace LiveFunctions.Core.Operations.DescribeLiveRecordConfig;

/// <summary>
/// Reads the DescribeLiveRecordConfig answer. Lists come in the XML-derived double wrapping
/// (<c>"LiveAppRecordList": {"LiveAppRecord": [...]}</c>); a missing list reads as empty, and numbers are accepted
/// as JSON numbers or numeric strings, so one odd field does not lose the page.
/// </summary>
internal static class DescribeLiveRecordConfigReader
{
    public static DescribeLiveRecordConfigResponse Read(JsonElement body) => new()
    {
        RequestId = String(body, "RequestId") ?? "",
        PageNum = Int(body, "PageNum"),
        PageSize = Int(body, "PageSize"),
        Order = String(body, "Order"),
        TotalNum = Int(body, "TotalNum"),
        TotalPage = Int(body, "TotalPage"),
        LiveAppRecordList = Items(body, "LiveAppRecordList", "LiveAppRecord").Select(ReadRecord).ToArray(),
    };

    private static LiveAppRecord ReadRecord(JsonElement item) => new()
    {
        DomainName = String(item, "DomainName"),
        AppName = String(item, "AppName"),
        StreamName = String(item, "StreamName"),
        OssEndpoint = String(item, "OssEndpoint"),
        OssBucket = String(item, "OssBucket"),
        CreateTime = String(item, "CreateTime"),
        StartTime = String(item, "StartTime"),
        EndTime = String(item, "EndTime"),

        // The service's own spelling is "OnDemond"; the corrected name is read too in case it is ever fixed.
        OnDemand = Int(item, "OnDemond") ?? Int(item, "OnDemand"),
        DelayTime = Int(item, "DelayTime"),
        RecordFormatList = Items(item, "RecordFormatList", "RecordFormat").Select(ReadFormat).ToArray(),
        TranscodeRecordFormatList = Items(item, "TranscodeRecordFormatList", "RecordFormat").Select(ReadFormat).ToArray(),
        TranscodeTemplates = Items(item, "TranscodeTemplates", "Templates")
            .Where(t => t.ValueKind == JsonValueKind.String)
            .Select(t => t.GetString()!)
            .ToArray(),
    };

    private static RecordFormatInfo ReadFormat(JsonElement item) => new()
    {
        Format = String(item, "Format"),
        CycleDuration = Int(item, "CycleDuration"),
        OssObjectPrefix = String(item, "OssObjectPrefix"),
        SliceOssObjectPrefix = String(item, "SliceOssObjectPrefix"),
        SliceDuration = Int(item, "SliceDuration"),
    };

    // outer.inner as an array; a single object or string in place of the array is one item.
    private static IEnumerable<JsonElement> Items(JsonElement parent, string outer, string inner)
    {
        if (!TryGet(parent, outer, out var wrapper) || !TryGet(wrapper, inner, out var list))
        {
            return [];
        }

        return list.ValueKind switch
        {
            JsonValueKind.Array => list.EnumerateArray().Where(e => e.ValueKind is not JsonValueKind.Null).ToArray(),
            JsonValueKind.Object or JsonValueKind.String => [list],
            _ => [],
        };
    }

    private static string? String(JsonElement parent, string name) =>
        TryGet(parent, name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        }
        : null;

    private static int? Int(JsonElement parent, string name)
    {
        if (!TryGet(parent, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        return value.ValueKind == JsonValueKind.String
            && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
    }

    private static bool TryGet(JsonElement parent, string name, out JsonElement value)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }
}
