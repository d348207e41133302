using System.Text.Json.Nodes;
using LiveFunctions.Emulator.LiveConfig.SnapshotConfig;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.SnapshotNotifyConfig;

/// <summary>
/// <c>AddLiveSnapshotNotifyConfig</c>, <c>UpdateLiveSnapshotNotifyConfig</c>, <c>DescribeLiveSnapshotNotifyConfig</c>
/// (spec §6.7): one snapshot callback config per domain. DomainName and NotifyUrl (≤ 500 characters, http(s)) required;
/// NotifyReqAuth is the string <c>yes</c>/<c>no</c> (default no); NotifyAuthKey 16–32 letters/digits, required when
/// yes. Errors use the codes of AddLiveSnapshotNotifyConfig's table: <c>MissingParam</c>, <c>MalformedParam</c>,
/// <c>ConfigAlreadyExists</c> (409).
/// </summary>
internal static class SnapshotNotifyConfigActions
{
    public static ActionResult Add(ActionContext context, LiveConfigStore store)
    {
        var parameters = new ParameterReader(context.Parameters);
        var config = Read(parameters);
        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        return store.AddSnapshotNotifyConfig(config) ? ActionResult.Ok() : ActionResult.Fail(ServiceErrors.Config.NotifyAlreadyExists);
    }

    public static ActionResult Update(ActionContext context, LiveConfigStore store)
    {
        var parameters = new ParameterReader(context.Parameters);
        var config = Read(parameters);
        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        return store.Update(store.SnapshotNotifyConfigs, config.DomainName, _ => config) is null
            ? ActionResult.Fail(ServiceErrors.Config.NotFound)
            : ActionResult.Ok();
    }

    public static ActionResult Describe(ActionContext context, LiveConfigStore store)
    {
        var parameters = new ParameterReader(context.Parameters);
        var domain = RequiredParam(parameters, "DomainName");
        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        if (store.FindSnapshotNotifyConfig(domain) is not { } config)
        {
            return ActionResult.Fail(ServiceErrors.Config.NotFound);
        }

        var body = new JsonObject
        {
            ["DomainName"] = config.DomainName,
            ["NotifyUrl"] = config.NotifyUrl,
            ["NotifyReqAuth"] = config.NotifyReqAuth ? "yes" : "no",
        };
        if (config.NotifyAuthKey is not null)
        {
            body["NotifyAuthKey"] = config.NotifyAuthKey;
        }

        return ActionResult.Ok(body);
    }

    private static SnapshotNotifyConfigState Read(ParameterReader parameters)
    {
        var domain = RequiredParam(parameters, "DomainName");
        var url = RequiredParam(parameters, "NotifyUrl");
        if (url.Length > 0 && (url.Length > 500 || !SnapshotConfigRules.IsHttpUrl(url)))
        {
            parameters.Fail(ServiceErrors.Config.MalformedParam("NotifyUrl", "It must be an http(s) URL of at most 500 characters."));
        }

        var auth = parameters.Optional("NotifyReqAuth") ?? "no";
        var withAuth = string.Equals(auth, "yes", StringComparison.OrdinalIgnoreCase);
        if (!withAuth && !string.Equals(auth, "no", StringComparison.OrdinalIgnoreCase))
        {
            parameters.Fail(ServiceErrors.Config.MalformedParam("NotifyReqAuth", "Valid values: yes, no."));
        }

        var key = withAuth ? RequiredParam(parameters, "NotifyAuthKey") : parameters.Optional("NotifyAuthKey");
        if (!string.IsNullOrEmpty(key) && (key.Length is < 16 or > 32 || !key.All(char.IsAsciiLetterOrDigit)))
        {
            parameters.Fail(ServiceErrors.Config.MalformedParam("NotifyAuthKey", "It must be 16 to 32 letters or digits."));
        }

        return new SnapshotNotifyConfigState(domain, url, withAuth, string.IsNullOrEmpty(key) ? null : key);
    }

    private static string RequiredParam(ParameterReader parameters, string name)
    {
        var value = parameters.Optional(name);
        if (value is null)
        {
            parameters.Fail(ServiceErrors.Config.MissingParam(name));
        }

        return value ?? "";
    }
}
