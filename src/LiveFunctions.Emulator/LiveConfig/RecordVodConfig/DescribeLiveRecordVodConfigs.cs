using System.Globalization;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.LiveConfig.Common;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.RecordVodConfig;

/// <summary>
/// <c>DescribeLiveRecordVodConfigs</c> (spec §6.7): the domain's live-to-VOD configs, filtered by AppName / StreamName,
/// paged (PageSize 1–100, default 10), as <c>LiveRecordVodConfigs.LiveRecordVodConfig[]</c> with <c>Total</c> as a string.
/// </summary>
internal static class DescribeLiveRecordVodConfigs
{
    public static ActionResult Handle(ActionContext context, LiveConfigStore store)
    {
        var parameters = new ParameterReader(context.Parameters);
        var filter = TripleFilter.Read(parameters);
        var paging = ConfigPaging.Read(parameters, minPageSize: 1, maxPageSize: 100, withOrder: false);
        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        var matching = store.RecordVodConfigs.Values.Where(config => filter.Matches(config.DomainName, config.AppName, config.StreamName)).ToList();
        var page = paging.Page(matching, config => config.CreateTime, config => $"{config.AppName}/{config.StreamName}");
        return ActionResult.Ok(new JsonObject
        {
            ["PageNum"] = paging.PageNum,
            ["PageSize"] = paging.PageSize,
            ["Total"] = matching.Count.ToString(CultureInfo.InvariantCulture),
            ["LiveRecordVodConfigs"] = new JsonObject { ["LiveRecordVodConfig"] = new JsonArray([.. page.Select(ToJson)]) },
        });
    }

    private static JsonNode ToJson(RecordVodConfigState config)
    {
        var item = new JsonObject
        {
            ["DomainName"] = config.DomainName,
            ["AppName"] = config.AppName,
            ["StreamName"] = config.StreamName,
            ["VodTranscodeGroupId"] = config.VodTranscodeGroupId,
            ["CycleDuration"] = config.CycleDuration,
            ["OnDemand"] = config.OnDemand,
            ["CreateTime"] = WireTime.Format(config.CreateTime),
        };
        if (config.AutoCompose is not null)
        {
            item["AutoCompose"] = config.AutoCompose;
        }

        if (config.ComposeVodTranscodeGroupId is not null)
        {
            item["ComposeVodTranscodeGroupId"] = config.ComposeVodTranscodeGroupId;
        }

        if (config.StorageLocation is not null)
        {
            item["StorageLocation"] = config.StorageLocation;
        }

        return item;
    }
}
