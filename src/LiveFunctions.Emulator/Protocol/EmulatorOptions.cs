namespace LiveFunctions.Emulator.Protocol;

/// <summary>The emulator's settings (configuration section <c>Emulator</c>). Every default is embedded here.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Emulator";

    /// <summary>The AccessKey the emulator accepts when none is configured (the published vector's).</summary>
    public const string DefaultAccessKeyId = "testid";

    /// <summary>The secret of <see cref="DefaultAccessKeyId"/>.</summary>
    public const string DefaultAccessKeySecret = "testsecret";

    /// <summary>
    /// The accepted AccessKeys (<c>Emulator:Credentials:0:AccessKeyId</c>, <c>…:AccessKeySecret</c>, optional <c>…:Account</c>).
    /// Empty means the single default <c>testid</c> / <c>testsecret</c>.
    /// </summary>
    public IList<EmulatorCredential> Credentials { get; } = [];

    /// <summary>How far a request's timestamp may be from the emulator's clock, either way (default 15 minutes).</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a used SignatureNonce is remembered per AccessKeyId (default 15 minutes).</summary>
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many calls the request log keeps (newest last; default 10,000).</summary>
    public int RequestLogCapacity { get; set; } = 10_000;

    /// <summary>The <c>HostId</c> of error answers; default the request's Host header.</summary>
    public string? HostId { get; set; }

    /// <summary>A folder to keep state in across restarts (<c>{DataFolder}/{Name}.json</c>); none by default.</summary>
    public string? DataFolder { get; set; }

    /// <summary>How long after a state change the state is saved (changes within it are saved together; default 500 ms).</summary>
    public TimeSpan SaveDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The QPS limits (<c>Emulator:QpsLimits</c>).</summary>
    public QpsLimitOptions QpsLimits { get; } = new();

    /// <summary>The ApsaraVideo VOD resources that live-to-VOD configs may name (<c>Emulator:Vod</c>).</summary>
    public VodOptions Vod { get; } = new();

    /// <summary>The OSS buckets that configs may name (<c>Emulator:Oss</c>).</summary>
    public OssOptions Oss { get; } = new();

    /// <summary>The configured credentials, or the default one when none is configured.</summary>
    internal IReadOnlyList<EmulatorCredential> EffectiveCredentials =>
        Credentials.Count > 0
            ? [.. Credentials]
            : [new EmulatorCredential { AccessKeyId = DefaultAccessKeyId, AccessKeySecret = DefaultAccessKeySecret }];
}

/// <summary>An AccessKey the emulator accepts. <see cref="object.ToString"/> never shows the secret.</summary>
public sealed class EmulatorCredential
{
    /// <summary>The AccessKey ID.</summary>
    public string AccessKeyId { get; set; } = "";

    /// <summary>The AccessKey secret.</summary>
    public string AccessKeySecret { get; set; } = "";

    /// <summary>The account the key belongs to; keys of one account share its QPS limits. Default: the AccessKey ID.</summary>
    public string? Account { get; set; }

    /// <summary>
    /// The actions this key may call, as a RAM policy would allow; others answer <c>Forbidden</c>. Empty (default) = all.
    /// </summary>
    public IList<string> Actions { get; } = [];

    /// <inheritdoc />
    public override string ToString() => $"AccessKey {AccessKeyId}";
}

/// <summary>The per-account, per-action QPS limits (<c>Emulator:QpsLimits</c>).</summary>
public sealed class QpsLimitOptions
{
    /// <summary>Whether limits are enforced at all (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The limit of actions with no documented limit (e.g. the ICE actions), as <c>N/s</c> or <c>N/min</c>;
    /// empty or <c>none</c> = unlimited (default).
    /// </summary>
    public string? Default { get; set; }

    /// <summary>Per-action limits that replace the documented ones: <c>Overrides:&lt;Action&gt; = N/s | N/min | none</c>.</summary>
    public IDictionary<string, string> Overrides { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>
/// The VOD resources that exist for <c>AddLiveRecordVodConfig</c>. An empty list accepts any value; a non-empty
/// list makes other values answer the documented not-found errors.
/// </summary>
public sealed class VodOptions
{
    /// <summary>Known transcoding template group IDs (else <c>InvalidTemplateGroupId.NotFound</c>).</summary>
    public IList<string> TranscodeGroupIds { get; } = [];

    /// <summary>Known storage locations (else <c>InvalidStorage.NotFound</c>).</summary>
    public IList<string> StorageLocations { get; } = [];
}

/// <summary>The OSS buckets that exist for the config actions (<c>Emulator:Oss</c>).</summary>
public sealed class OssOptions
{
    /// <summary>Known bucket names; empty (default) accepts any well-formed name, else others answer <c>InvalidOssBucket.NotFound</c>.</summary>
    public IList<string> Buckets { get; } = [];
}
