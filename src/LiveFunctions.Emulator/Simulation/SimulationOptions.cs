using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Simulation;

/// <summary>Settings of the emulator's simulation, bound from <c>Emulator:Simulation</c>.</summary>
internal sealed class SimulationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Emulator:Simulation";

    /// <summary>
    /// A folder that holds the simulated OSS objects as files (<c>{folder}/{bucket}/{object}</c>). Empty (the default):
    /// objects live in memory. Reset empties the folder, so give the emulator a folder of its own.
    /// </summary>
    public string? ObjectStoreFolder { get; set; }

    /// <summary>
    /// The base URL (e.g. <c>http://localhost:7081</c>) used in RecordUrl and absolute TS URLs. Empty (the default): the
    /// current request's scheme and Host, else the server's first listening address.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Buckets that belong to the caller besides those named by recording and snapshot configs. Index files may only
    /// be written to a bucket of the caller (<c>InvalidBucket.NotFound</c> otherwise).
    /// </summary>
    public List<string> Buckets { get; } = [];

    /// <summary>Whether a stopped (Status 2) timed ICE job accepts a new TimedConfig and is armed again. Default true.</summary>
    public bool AllowRearmStoppedTimedJobs { get; set; } = true;

    /// <summary>Sends every snapshot callback twice (duplicate delivery), to test exactly-once processing. Default false.</summary>
    public bool DuplicateSnapshotCallbacks { get; set; }

    /// <summary>
    /// The JSON shape of the snapshot callback. String values that are exactly one of <c>$event</c>, <c>$domain</c>,
    /// <c>$app</c>, <c>$stream</c>, <c>$OssEndpoint</c>, <c>$OssBucket</c>, <c>$OssObject</c>, <c>$time</c> (a number)
    /// are replaced. Empty (the default): <see cref="DefaultCallbackTemplate"/>.
    /// </summary>
    public string? SnapshotCallbackTemplate { get; set; }

    /// <summary>Lower-cases every property name of the snapshot callback body (e.g. <c>ossobject</c>). Default false.</summary>
    public bool SnapshotCallbackLowerCaseKeys { get; set; }

    /// <summary>How long one callback attempt may take, in seconds (the service: 5).</summary>
    public int CallbackTimeoutSeconds { get; set; } = 5;

    /// <summary>How many times a failed callback is retried (the service: 5).</summary>
    public int CallbackRetries { get; set; } = 5;

    /// <summary>The pause between callback attempts, in seconds (the service: 1).</summary>
    public int CallbackRetryDelaySeconds { get; set; } = 1;

    /// <summary>How often the snapshot scheduler looks for due snapshots, in seconds. Default 1.</summary>
    public int SnapshotTickSeconds { get; set; } = 1;

    /// <summary>The documented (UNCONFIRMED) snapshot callback shape.</summary>
    public const string DefaultCallbackTemplate =
        """{"event":"$event","domain":"$domain","app":"$app","stream":"$stream","OssEndpoint":"$OssEndpoint","OssBucket":"$OssBucket","OssObject":"$OssObject","time":"$time"}""";

    /// <summary>The callback template in effect.</summary>
    public string EffectiveCallbackTemplate =>
        string.IsNullOrWhiteSpace(SnapshotCallbackTemplate) ? DefaultCallbackTemplate : SnapshotCallbackTemplate;
}

/// <summary>Checks <see cref="SimulationOptions"/> at start.</summary>
internal sealed class SimulationOptionsValidator : IValidateOptions<SimulationOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add($"{SimulationOptions.Section}:PublicBaseUrl must be an absolute http(s) URL.");
        }

        if (options.CallbackTimeoutSeconds is < 1 or > 60)
        {
            failures.Add($"{SimulationOptions.Section}:CallbackTimeoutSeconds must be 1 to 60.");
        }

        if (options.CallbackRetries is < 0 or > 20)
        {
            failures.Add($"{SimulationOptions.Section}:CallbackRetries must be 0 to 20.");
        }

        if (options.CallbackRetryDelaySeconds is < 0 or > 60)
        {
            failures.Add($"{SimulationOptions.Section}:CallbackRetryDelaySeconds must be 0 to 60.");
        }

        if (options.SnapshotTickSeconds is < 1 or > 60)
        {
            failures.Add($"{SimulationOptions.Section}:SnapshotTickSeconds must be 1 to 60.");
        }

        if (!IsJsonObject(options.EffectiveCallbackTemplate))
        {
            failures.Add($"{SimulationOptions.Section}:SnapshotCallbackTemplate must be a JSON object.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsJsonObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
