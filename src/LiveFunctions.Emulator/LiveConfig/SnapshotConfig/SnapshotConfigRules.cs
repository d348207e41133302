using LiveFunctions.Emulator.LiveConfig.Common;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.SnapshotConfig;

/// <summary>
/// The rules of the snapshot config actions (api-docs/live-UpdateLiveAppSnapshotConfig.txt, spec §4.3, §6.4).
/// Each reader returns the value (null when absent) and records the documented error when it is broken.
/// </summary>
internal static class SnapshotConfigRules
{
    /// <summary>The value that deletes an object-name field in Update.</summary>
    public const string Delete = "-";

    private static readonly string[] OverwriteVariables = ["AppName", "StreamName"];
    private static readonly string[] SequenceVariables = ["AppName", "StreamName", "UnixTimestamp", "Sequence"];

    /// <summary>AddLiveAppSnapshotConfig's AppName: ≤ 255 of <c>[A-Za-z0-9_-]</c>, not starting with - or _, or <c>*</c>.</summary>
    public static void CheckAppName(ParameterReader parameters, string app)
    {
        var valid = app == "*"
            || (app.Length is >= 1 and <= 255 && app.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') && app[0] is not ('-' or '_'));
        if (app.Length > 0 && !valid)
        {
            parameters.Fail(ServiceErrors.Malformed("AppName", "Use up to 255 letters, digits, _ and - (not first), or *."));
        }
    }

    /// <summary>TimeInterval, 5–3600 seconds.</summary>
    public static int? ReadTimeInterval(ParameterReader parameters, bool required)
    {
        var interval = required ? parameters.RequiredInt("TimeInterval") : parameters.OptionalInt("TimeInterval");
        if (interval is < 5 or > 3600)
        {
            parameters.Fail(ServiceErrors.Malformed("TimeInterval", "Valid values: 5 to 3600."));
        }

        return interval;
    }

    /// <summary>OssEndpoint: a host name.</summary>
    public static string? ReadEndpoint(ParameterReader parameters, bool required)
    {
        var endpoint = required ? parameters.Required("OssEndpoint") : parameters.Optional("OssEndpoint");
        if (!string.IsNullOrEmpty(endpoint) && !OssNames.IsEndpoint(endpoint))
        {
            parameters.Fail(ServiceErrors.Config.OssEndpointMalformed);
        }

        return endpoint;
    }

    /// <summary>OssBucket: a bucket name, and one of the configured buckets when any are configured.</summary>
    public static string? ReadBucket(ParameterReader parameters, bool required, IReadOnlyCollection<string> knownBuckets)
    {
        var bucket = required ? parameters.Required("OssBucket") : parameters.Optional("OssBucket");
        OssNames.CheckBucket(parameters, bucket, knownBuckets);
        return bucket;
    }

    /// <summary>OverwriteOssObject: &lt; 256 bytes, a .jpg name, variables {AppName} {StreamName}; <c>-</c> passes through.</summary>
    public static string? ReadOverwriteObject(ParameterReader parameters)
    {
        var name = parameters.Optional("OverwriteOssObject");
        if (name is not null && name != Delete && !(IsJpg(name) && OssNames.IsTemplate(name, OverwriteVariables)))
        {
            parameters.Fail(ServiceErrors.Config.OverwriteOssObjectMalformed);
        }

        return name;
    }

    /// <summary>
    /// SequenceOssObject: &lt; 256 bytes, a .jpg name, variables {AppName} {StreamName} {UnixTimestamp} {Sequence} with at
    /// least one of the last two; <c>-</c> passes through.
    /// </summary>
    public static string? ReadSequenceObject(ParameterReader parameters)
    {
        var name = parameters.Optional("SequenceOssObject");
        if (name is not null && name != Delete && !(IsJpg(name) && OssNames.IsTemplate(name, SequenceVariables, ["UnixTimestamp", "Sequence"])))
        {
            parameters.Fail(ServiceErrors.Config.SequenceOssObjectMalformed);
        }

        return name;
    }

    /// <summary>Callback: an absolute http(s) URL.</summary>
    public static string? ReadCallback(ParameterReader parameters)
    {
        var callback = parameters.Optional("Callback");
        if (callback is not null && !IsHttpUrl(callback))
        {
            parameters.Fail(ServiceErrors.Malformed("Callback", "It must be an absolute http or https URL."));
        }

        return callback;
    }

    /// <summary>True for an absolute http or https URL.</summary>
    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    private static bool IsJpg(string name) => name.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase);
}
