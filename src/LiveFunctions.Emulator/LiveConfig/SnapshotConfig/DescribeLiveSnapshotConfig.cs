using System.Text.Json.Nodes;
using LiveFunctions.Emulator.LiveConfig.Common;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.SnapshotConfig;

/// <summary>
/// <c>DescribeLiveSnapshotConfig</c> (spec §6.4): the domain's snapshot configs (optionally one AppName), paged
/// (PageSize 5–30), as <c>LiveStreamSnapshotConfigList.LiveStreamSnapshotConfig[]</c>.
/// </summary>
internal static class DescribeLiveSnapshotConfig
{
    public static ActionResult Handle(ActionContext context, LiveConfigStore store)
    {
        var parameters = new ParameterReader(context.Parameters);
        var domain = parameters.Required("DomainName");
        var app = parameters.Optional("AppName");
        var paging = ConfigPaging.Read(parameters);
        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        var matching = store.SnapshotConfigs.Values
            .Where(config => config.DomainName == domain && (app is null || config.AppName == app))
            .ToList();
        var page = paging.Page(matching, config => config.CreateTime, config => config.AppName);
        var body = paging.AddTo(new JsonObject(), matching.Count);
        body["LiveStreamSnapshotConfigList"] = new JsonObject { ["LiveStreamSnapshotConfig"] = new JsonArray([.. page.Select(ToJson)]) };
        return ActionResult.Ok(body);
    }

    private static JsonNode ToJson(SnapshotConfigState config)
    {
        var item = new JsonObject
        {
            ["DomainName"] = config.DomainName,
            ["AppName"] = config.AppName,
            ["TimeInterval"] = config.TimeInterval,
            ["OssEndpoint"] = config.OssEndpoint,
            ["OssBucket"] = config.OssBucket,
            ["CreateTime"] = WireTime.Format(config.CreateTime),
        };
        if (config.OverwriteOssObject is not null)
        {
            item["OverwriteOssObject"] = config.OverwriteOssObject;
        }

        if (config.SequenceOssObject is not null)
        {
            item["SequenceOssObject"] = config.SequenceOssObject;
        }

        if (config.Callback is not null)
        {
            item["Callback"] = config.Callback;
        }

        return item;
    }
}
