using System.Text.Json.Nodes;
using LiveFunctions.Emulator.LiveConfig.Common;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.RecordConfig;

/// <summary>
/// <c>DescribeLiveRecordConfig</c> (spec §6.2): the domain's OSS recording configs, filtered by AppName / StreamName,
/// paged (PageSize 5–30), in the legacy double-wrapped shape with the service's <c>OnDemond</c> spelling.
/// </summary>
internal static class DescribeLiveRecordConfig
{
    public static ActionResult Handle(ActionContext context, LiveConfigStore store)
    {
        var parameters = new ParameterReader(context.Parameters);
        var filter = TripleFilter.Read(parameters);
        var paging = ConfigPaging.Read(parameters);
        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        var matching = store.RecordConfigs.Values.Where(config => filter.Matches(config.DomainName, config.AppName, config.StreamName)).ToList();
        var page = paging.Page(matching, config => config.CreateTime, config => $"{config.AppName}/{config.StreamName}");
        var body = paging.AddTo(new JsonObject(), matching.Count);
        body["LiveAppRecordList"] = new JsonObject { ["LiveAppRecord"] = new JsonArray([.. page.Select(ToJson)]) };
        return ActionResult.Ok(body);
    }

    private static JsonObject ToJson(RecordConfigState config)
    {
        var item = new JsonObject
        {
            ["DomainName"] = config.DomainName,
            ["AppName"] = config.AppName,
            ["StreamName"] = config.StreamName,
            ["OssEndpoint"] = config.OssEndpoint,
            ["OssBucket"] = config.OssBucket,
            ["CreateTime"] = WireTime.Format(config.CreateTime),
            ["OnDemond"] = config.OnDemand,
            ["RecordFormatList"] = new JsonObject { ["RecordFormat"] = Formats(config.RecordFormats) },
            ["TranscodeRecordFormatList"] = new JsonObject { ["RecordFormat"] = Formats(config.TranscodeRecordFormats) },
            ["TranscodeTemplates"] = new JsonObject { ["Templates"] = new JsonArray([.. config.TranscodeTemplates.Select(t => (JsonNode)t)]) },
        };
        if (config.StartTime is not null)
        {
            item["StartTime"] = config.StartTime;
        }

        if (config.EndTime is not null)
        {
            item["EndTime"] = config.EndTime;
        }

        if (config.DelayTime is { } delay)
        {
            item["DelayTime"] = delay;
        }

        return item;
    }

    private static JsonArray Formats(IReadOnlyList<RecordFormatState> formats) =>
        new([.. formats.Select(format =>
        {
            var item = new JsonObject
            {
                ["Format"] = format.Format,
                ["CycleDuration"] = format.CycleDuration,
            };
            if (RecordConfigRules.IsSegmented(format.Format))
            {
                item["SliceDuration"] = format.SliceDuration;
            }

            if (format.OssObjectPrefix is not null)
            {
                item["OssObjectPrefix"] = format.OssObjectPrefix;
            }

            if (format.SliceOssObjectPrefix is not null)
            {
                item["SliceOssObjectPrefix"] = format.SliceOssObjectPrefix;
            }

            return (JsonNode)item;
        })]);
}
