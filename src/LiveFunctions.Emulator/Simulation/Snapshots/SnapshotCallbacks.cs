using LiveFunctions.Emulator.LiveConfig;
using LiveFunctions.Emulator.Protocol;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Simulation.Snapshots;

/// <summary>
/// A callback ready to send. A class, not a record: its ToString must never show the auth key.
/// </summary>
internal sealed class PreparedCallback(Uri url, string payload, string? authKey)
{
    /// <summary>The callback URL.</summary>
    public Uri Url { get; } = url;

    /// <summary>The JSON body.</summary>
    public string Payload { get; } = payload;

    /// <summary>Whether the request carries the ALI-LIVE-* signature.</summary>
    public bool Signed => AuthKey is not null;

    /// <summary>The snapshot notify config's NotifyAuthKey (secret), when callback authentication is on.</summary>
    internal string? AuthKey { get; } = authKey;
}

/// <summary>
/// Builds and sends snapshot callbacks: to the snapshot config's <c>Callback</c> (else the domain's snapshot notify
/// <c>NotifyUrl</c>), signed when the domain's snapshot notify config has <c>NotifyReqAuth</c> and a key, sent once or
/// — with duplicate delivery on — twice with the same body.
/// </summary>
internal sealed class SnapshotCallbacks(LiveConfigStore configs, SnapshotCallbackSender sender, IOptions<SimulationOptions> options) : IResettable
{
    private volatile int _duplicateOverride; // 0: the setting, 1: on, 2: off

    /// <summary>Whether every callback is delivered twice: the runtime switch when set, else the setting.</summary>
    public bool Duplicate
    {
        get => _duplicateOverride switch { 1 => true, 2 => false, _ => options.Value.DuplicateSnapshotCallbacks };
        set => _duplicateOverride = value ? 1 : 2;
    }

    /// <summary>The callback of a snapshot; null when neither config gives an http(s) URL.</summary>
    public PreparedCallback? Prepare(SnapshotConfigState config, SnapshotRecord snapshot)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(snapshot);
        var notify = configs.FindSnapshotNotifyConfig(snapshot.DomainName);
        var target = string.IsNullOrWhiteSpace(config.Callback) ? notify?.NotifyUrl : config.Callback;
        if (!Uri.TryCreate(target, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var settings = options.Value;
        var body = CallbackBody.Render(settings.EffectiveCallbackTemplate, settings.SnapshotCallbackLowerCaseKeys, snapshot);
        var key = notify is { NotifyReqAuth: true, NotifyAuthKey.Length: > 0 } ? notify.NotifyAuthKey : null;
        return new PreparedCallback(url, body.ToJsonString(), key);
    }

    /// <summary>Delivers the callback <paramref name="copies"/> times (each with its own retries), one after the other.</summary>
    public async Task<IReadOnlyList<CallbackDelivery>> SendAsync(PreparedCallback callback, int copies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var deliveries = new List<CallbackDelivery>();
        for (var copy = 0; copy < copies; copy++)
        {
            deliveries.Add(await sender.DeliverAsync(callback.Url, callback.Payload, callback.AuthKey, cancellationToken));
        }

        return deliveries;
    }

    /// <summary>How many copies a callback gets now.</summary>
    public int Copies => Duplicate ? 2 : 1;

    /// <inheritdoc />
    public void Reset() => _duplicateOverride = 0;
}
