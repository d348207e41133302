using System.Collections.Concurrent;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.Common;

/// <summary>
/// What the two recording config kinds (OSS and live-to-VOD), both keyed by (DomainName, AppName, StreamName),
/// share: their Delete actions and the Describe filter.
/// </summary>
internal static class TripleConfigs
{
    /// <summary>
    /// <c>DeleteLiveAppRecordConfig</c> / <c>DeleteLiveRecordVodConfig</c> (spec §6.3, §6.7): DomainName and AppName
    /// required, StreamName optional (none = the app-level config); no such config answers <c>InvalidConfig.NotFound</c>.
    /// </summary>
    public static ActionResult Delete<T>(ActionContext context, LiveConfigStore store, ConcurrentDictionary<(string Domain, string App, string Stream), T> configs)
    {
        var parameters = new ParameterReader(context.Parameters);
        var domain = parameters.Required("DomainName");
        var app = parameters.Required("AppName");
        var stream = parameters.Optional("StreamName") ?? "";
        if (parameters.Error is { } error)
        {
            return ActionResult.Fail(error);
        }

        return store.Remove(configs, (domain, app, stream)) ? ActionResult.Ok() : ActionResult.Fail(ServiceErrors.Config.NotFound);
    }
}

/// <summary>The Describe filter: DomainName (required), AppName and StreamName (exact, when given).</summary>
internal sealed record TripleFilter(string DomainName, string? AppName, string? StreamName)
{
    /// <summary>Reads the filter (errors land in the reader).</summary>
    public static TripleFilter Read(ParameterReader parameters) =>
        new(parameters.Required("DomainName"), parameters.Optional("AppName"), parameters.Optional("StreamName"));

    /// <summary>True when a config of (domain, app, stream) passes the filter.</summary>
    public bool Matches(string domain, string app, string stream) =>
        domain == DomainName && (AppName is null || app == AppName) && (StreamName is null || stream == StreamName);
}
